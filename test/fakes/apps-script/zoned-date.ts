/**
 * Apps Script runs a script in the project's time zone (appsscript.json `timeZone`): there,
 * `new Date(2024, 0, 5)` is midnight in Asia/Ho_Chi_Minh and `getHours()` reads that clock. A
 * Node vm context shares the host's time zone, and Jest does not let a test change it, so the
 * harness replaces the context's Date with one whose local-time methods use the script's zone
 * (and makes it Intl's default zone). The source below runs inside the context, as plain JS.
 */
export const ZONED_DATE_SOURCE = String.raw`(function (tz) {
  'use strict';
  var NativeDate = Date;
  var proto = NativeDate.prototype;
  var nativeGetTime = proto.getTime;
  var NativeDTF = Intl.DateTimeFormat;
  var fmt = new NativeDTF('en-US', {
    timeZone: tz, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric',
    hour: 'numeric', minute: 'numeric', second: 'numeric', weekday: 'short', era: 'short'
  });
  var longName = new NativeDTF('en-US', { timeZone: tz, timeZoneName: 'long' });
  var DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  var MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

  function parts(ms) {
    var p = fmt.formatToParts(new NativeDate(ms));
    var o = {};
    for (var i = 0; i < p.length; i++) o[p[i].type] = p[i].value;
    var year = Number(o.year);
    if (o.era === 'BC') year = 1 - year;
    return {
      y: year, mo: Number(o.month) - 1, d: Number(o.day), h: Number(o.hour),
      mi: Number(o.minute), s: Number(o.second), ms: ((ms % 1000) + 1000) % 1000,
      wd: DAYS.indexOf(o.weekday)
    };
  }
  function utc(y, mo, d, h, mi, s, ms) {
    var t = new NativeDate(NativeDate.UTC(2000, mo, d, h, mi, s, ms));
    t.setUTCFullYear(t.getUTCFullYear() - 2000 + y);
    return nativeGetTime.call(t);
  }
  function offset(ms) {
    var p = parts(ms);
    return utc(p.y, p.mo, p.d, p.h, p.mi, p.s, p.ms) - ms;
  }
  function fromLocal(y, mo, d, h, mi, s, ms) {
    var args = [y, mo, d, h, mi, s, ms];
    for (var i = 0; i < args.length; i++) if (!isFinite(args[i])) return NaN;
    var guess = utc(y, mo, d, h, mi, s, ms);
    var first = guess - offset(guess);
    return guess - offset(first);
  }
  function hasZone(s) {
    return /(Z|[+-]\d\d:?\d\d|GMT|UTC)\s*(\([^)]*\))?\s*$/i.test(s) || /^\s*\d{4}(-\d\d(-\d\d)?)?\s*$/.test(s);
  }
  function parseLocal(s) {
    var str = String(s);
    var ms = NativeDate.parse(str);
    if (hasZone(str) || !isFinite(ms)) return ms;
    var h = new NativeDate(ms); // host-local reading of the wall clock
    return fromLocal(h.getFullYear(), h.getMonth(), h.getDate(), h.getHours(), h.getMinutes(), h.getSeconds(), h.getMilliseconds());
  }

  function ZonedDate() {
    var a = arguments;
    if (!new.target) return new ZonedDate().toString();
    var value;
    if (a.length === 0) value = ZonedDate.now();
    else if (a.length === 1) {
      var v = a[0];
      if (v instanceof NativeDate || Object.prototype.toString.call(v) === '[object Date]') value = nativeGetTime.call(v);
      else if (typeof v === 'string') value = parseLocal(v);
      else value = Number(v);
    } else {
      var y = Number(a[0]);
      if (isFinite(y) && Math.trunc(y) >= 0 && Math.trunc(y) <= 99) y = 1900 + Math.trunc(y);
      value = fromLocal(y, Number(a[1]), a.length > 2 ? Number(a[2]) : 1, a.length > 3 ? Number(a[3]) : 0,
        a.length > 4 ? Number(a[4]) : 0, a.length > 5 ? Number(a[5]) : 0, a.length > 6 ? Number(a[6]) : 0);
    }
    return Reflect.construct(NativeDate, [value], new.target);
  }
  ZonedDate.prototype = Object.create(proto, { constructor: { value: ZonedDate, writable: true, configurable: true } });
  Object.setPrototypeOf(ZonedDate, NativeDate);
  ZonedDate.now = NativeDate.now;
  ZonedDate.UTC = NativeDate.UTC;
  ZonedDate.parse = function (s) { return parseLocal(s); };

  function local(self) {
    var t = nativeGetTime.call(self);
    return isFinite(t) ? parts(t) : null;
  }
  function getter(field) {
    return function () { var p = local(this); return p ? p[field] : NaN; };
  }
  var P = ZonedDate.prototype;
  function def(name, fn) { Object.defineProperty(P, name, { value: fn, writable: true, configurable: true }); }
  def('getFullYear', getter('y'));
  def('getMonth', getter('mo'));
  def('getDate', getter('d'));
  def('getDay', getter('wd'));
  def('getHours', getter('h'));
  def('getMinutes', getter('mi'));
  def('getSeconds', getter('s'));
  def('getMilliseconds', getter('ms'));
  def('getYear', function () { var p = local(this); return p ? p.y - 1900 : NaN; });
  def('getTimezoneOffset', function () {
    var t = nativeGetTime.call(this);
    return isFinite(t) ? -Math.round(offset(t) / 60000) : NaN;
  });
  function setter(fields) {
    return function () {
      var p = local(this);
      if (!p) return NaN;
      for (var i = 0; i < fields.length && i < arguments.length; i++) p[fields[i]] = Number(arguments[i]);
      return this.setTime(fromLocal(p.y, p.mo, p.d, p.h, p.mi, p.s, p.ms));
    };
  }
  def('setFullYear', setter(['y', 'mo', 'd']));
  def('setMonth', setter(['mo', 'd']));
  def('setDate', setter(['d']));
  def('setHours', setter(['h', 'mi', 's', 'ms']));
  def('setMinutes', setter(['mi', 's', 'ms']));
  def('setSeconds', setter(['s', 'ms']));
  def('setMilliseconds', setter(['ms']));

  function pad(n, w) { var s = String(n); while (s.length < (w || 2)) s = '0' + s; return s; }
  function zoneText(t) {
    var m = Math.round(offset(t) / 60000);
    var sign = m < 0 ? '-' : '+';
    m = Math.abs(m);
    var name = longName.formatToParts(new NativeDate(t)).filter(function (x) { return x.type === 'timeZoneName'; });
    return 'GMT' + sign + pad(Math.floor(m / 60)) + pad(m % 60) + (name.length ? ' (' + name[0].value + ')' : '');
  }
  function dateText(p) { return DAYS[p.wd] + ' ' + MONTHS[p.mo] + ' ' + pad(p.d) + ' ' + pad(p.y, 4); }
  function timeText(p, t) { return pad(p.h) + ':' + pad(p.mi) + ':' + pad(p.s) + ' ' + zoneText(t); }
  def('toString', function () {
    var p = local(this);
    return p ? dateText(p) + ' ' + timeText(p, nativeGetTime.call(this)) : 'Invalid Date';
  });
  def('toDateString', function () { var p = local(this); return p ? dateText(p) : 'Invalid Date'; });
  def('toTimeString', function () { var p = local(this); return p ? timeText(p, nativeGetTime.call(this)) : 'Invalid Date'; });
  function withZone(options) {
    var o = Object.assign({}, options);
    if (o.timeZone === undefined) o.timeZone = tz;
    return o;
  }
  ['toLocaleString', 'toLocaleDateString', 'toLocaleTimeString'].forEach(function (name) {
    var native = proto[name];
    def(name, function (locales, options) { return native.call(this, locales, withZone(options)); });
  });

  function DateTimeFormat(locales, options) {
    return new NativeDTF(locales, withZone(options));
  }
  DateTimeFormat.prototype = NativeDTF.prototype;
  DateTimeFormat.supportedLocalesOf = NativeDTF.supportedLocalesOf;
  Intl.DateTimeFormat = DateTimeFormat;

  return ZonedDate;
})`;
