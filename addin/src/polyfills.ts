/**
 * Built-ins newer than the EdgeHTML webview of Office 2019 (Edge 18): the core and its libraries
 * use them, and without them reading a plan throws there. Imported first by the pane's entry;
 * WebView2 and browsers have them already and the polyfills then do nothing.
 */
import 'core-js/actual/array/flat-map';
import 'core-js/actual/array/flat';
import 'core-js/actual/array/at';
import 'core-js/actual/array/find-last';
import 'core-js/actual/string/match-all';
import 'core-js/actual/string/trim-start';
import 'core-js/actual/string/trim-end';
import 'core-js/actual/string/at';
import 'core-js/actual/string/replace-all';
import 'core-js/actual/object/from-entries';
import 'core-js/actual/object/has-own';
import 'core-js/actual/global-this';
