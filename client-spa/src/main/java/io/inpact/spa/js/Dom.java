package io.inpact.spa.js;

import org.teavm.jso.JSBody;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.html.HTMLElement;

/** Small DOM helpers the JSO APIs do not offer. */
public final class Dom {

    private Dom() {
    }

    /** A fresh copy of the single root element of {@code <template id=...>} in index.html. */
    @JSBody(params = "id", script = "var t=document.getElementById(id);"
            + "if(!t)throw new Error('no template '+id);return t.content.firstElementChild.cloneNode(true);")
    public static native HTMLElement template(String id);

    /** The element marked {@code data-ref="name"} inside root; fails loudly when the markup lacks it. */
    @JSBody(params = {"root", "name"}, script = "var e=root.querySelector('[data-ref=\"'+name+'\"]');"
            + "if(!e)throw new Error('no data-ref '+name);return e;")
    public static native HTMLElement ref(HTMLElement root, String name);

    @JSBody(params = {"root", "name"}, script = "return root.querySelector('[data-ref=\"'+name+'\"]');")
    public static native HTMLElement optionalRef(HTMLElement root, String name);

    /**
     * For a click that the app should handle itself (plain left click on a same-origin link that is not
     * for download, a new window or the API), the link's path and query; otherwise null.
     */
    @JSBody(params = "e", script = "if(e.defaultPrevented||e.button!==0||e.metaKey||e.ctrlKey||e.shiftKey||e.altKey)"
            + "return null;var a=e.target&&e.target.closest?e.target.closest('a[href]'):null;"
            + "if(!a||(a.target&&a.target!=='_self')||a.hasAttribute('download')||a.origin!==location.origin"
            + "||a.pathname.indexOf('/api/')===0)return null;return a.pathname+a.search;")
    public static native String internalLinkTarget(Event e);

    @JSBody(params = "e", script = "return e.target.value;")
    public static native String targetValue(Event e);

    @JSBody(params = "text", script = "document.title=text;")
    public static native void setTitle(String text);

    @JSBody(script = "return location.pathname;")
    public static native String path();

    @JSBody(script = "return location.search;")
    public static native String search();

    @JSBody(params = "url", script = "history.pushState(null,'',url);")
    public static native void pushState(String url);

    @JSBody(params = "url", script = "history.replaceState(null,'',url);")
    public static native void replaceState(String url);

    @JSBody(params = {"el", "name", "on"}, script = "el.classList.toggle(name,on);")
    public static native void toggleClass(HTMLElement el, String name, boolean on);

    @JSBody(params = {"el", "on"}, script = "if(on)el.setAttribute('aria-busy','true');else el.removeAttribute('aria-busy');"
            + "if('disabled' in el)el.disabled=on;")
    public static native void busy(HTMLElement el, boolean on);

    /** Reads localStorage; null when absent or when storage is unavailable (private mode, quota). */
    @JSBody(params = "key", script = "try{return localStorage.getItem(key);}catch(x){return null;}")
    public static native String loadItem(String key);

    @JSBody(params = {"key", "value"}, script = "try{localStorage.setItem(key,value);}catch(x){}")
    public static native void saveItem(String key, String value);

    @JSBody(params = "key", script = "try{localStorage.removeItem(key);}catch(x){}")
    public static native void removeItem(String key);

    @JSBody(params = "el", script = "window.scrollTo(0,0);el.focus({preventScroll:true});")
    public static native void focusTop(HTMLElement el);

    /** The value of an input, select or textarea; for a checkbox "true" or "false". */
    @JSBody(params = "el", script = "if(el.type==='checkbox')return String(el.checked);"
            + "if(el.type==='radio'){var c=el.form&&el.form.querySelector('input[name=\"'+el.name+'\"]:checked');"
            + "return c?c.value:'';}return el.value==null?'':String(el.value);")
    public static native String value(HTMLElement el);

    @JSBody(params = {"el", "v"}, script = "if(el.type==='checkbox')el.checked=(v==='true');"
            + "else if(el.type==='radio'){var all=el.form?el.form.querySelectorAll('input[name=\"'+el.name+'\"]'):[el];"
            + "for(var i=0;i<all.length;i++)all[i].checked=(all[i].value===v);}else el.value=v;")
    public static native void setValue(HTMLElement el, String v);

    /** The {@code name} of the form control an event came from, or null. */
    @JSBody(params = "e", script = "var t=e.target;return t&&t.name?t.name:null;")
    public static native String targetName(Event e);

    @JSBody(params = "e", script = "return e.target;")
    public static native HTMLElement target(Event e);

    @JSBody(params = {"root", "name"}, script = "return root.querySelector('[name=\"'+name+'\"]');")
    public static native HTMLElement named(HTMLElement root, String name);

    @JSBody(params = {"root", "name"}, script = "return root.querySelector('[data-error-for=\"'+name+'\"]');")
    public static native HTMLElement errorSlot(HTMLElement root, String name);

    @JSBody(params = "root", script = "var e=root.querySelector('[aria-invalid=\"true\"]');if(e)e.focus();")
    public static native void focusFirstInvalid(HTMLElement root);

    /** The values of the checked boxes named {@code name}, comma-joined in document order. */
    @JSBody(params = {"root", "name"}, script = "var r=[],all=root.querySelectorAll('input[name=\"'+name+'\"]:checked');"
            + "for(var i=0;i<all.length;i++)r.push(all[i].value);return r.join(',');")
    public static native String checkedValues(HTMLElement root, String name);

    /** Checks exactly the boxes named {@code name} whose value is in the comma-joined list. */
    @JSBody(params = {"root", "name", "csv"}, script = "var want=csv?csv.split(','):[],"
            + "all=root.querySelectorAll('input[name=\"'+name+'\"]');"
            + "for(var i=0;i<all.length;i++)all[i].checked=want.indexOf(all[i].value)>=0;")
    public static native void checkValues(HTMLElement root, String name, String csv);

    @JSBody(params = "el", script = "return el;")
    public static native org.teavm.jso.dom.html.HTMLInputElement asInput(HTMLElement el);

    /** Sets a width through the CSSOM: the strict CSP (style-src 'self') refuses style attributes. */
    @JSBody(params = {"el", "percent"}, script = "el.style.width=percent+'%';")
    public static native void widthPercent(HTMLElement el, int percent);

    /** Stops an event before any other listener on the same element hears it. */
    @JSBody(params = "e", script = "e.preventDefault();e.stopImmediatePropagation();")
    public static native void swallow(Event e);
}
