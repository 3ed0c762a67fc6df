/// <reference types="office-js" />
/**
 * The ribbon's function file. The button opens the task pane (ShowTaskpane, declared in the
 * manifest), so there is no function to register; the page must still initialise office.js.
 */
if (typeof Office !== 'undefined') void Office.onReady();
