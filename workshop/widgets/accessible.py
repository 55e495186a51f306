"""Controls that a screen reader and a keyboard can use, where ipywidgets' own cannot be labelled.

ipywidgets 8.1 gives no way to set an accessible name on three things the kit needs
(measured with axe-core 4.14.1, ``make a11y``):

- a ``ToggleButtons`` button is named by its visible text only ("4"), so a screen reader hears
  "4" and not what a 4 means on the rubric;
- a slider's handle (noUiSlider, ``role="slider"``) has no name at all (axe:
  ``aria-input-field-name``, serious), and its description label points at nothing;
- an ``Image`` has no ``alt`` (axe: ``image-alt``, critical).

The three replacements below are anywidget widgets (``anywidget`` on PyPI, kept by the
community; 1.2 MB installed with its one dependency ``psygnal``, no build step): a few
lines of JavaScript each, written with DOM calls only (``textContent``, ``setAttribute``,
properties), so participant text is never parsed as HTML. They keep the Python surface of the
widget they replace (``value``, ``options``, ``disabled``, ``observe``), so the views and their
tests drive them the same way, and they carry the jupyter-widgets CSS classes so they look like
the rest of the page in JupyterLab and Voila.

- ``RatingButtons``: a radio group (``role="radiogroup"``), one ``role="radio"`` button per
  option, each with its own accessible name ("Skill growth 4: Several skills moved up, ...");
  one Tab stop, arrow keys (and Home, End) move and choose, Space and Enter choose.
- ``Slider``: a native ``<input type="range">`` with a ``<label for>``: named, arrow keys,
  Page Up/Down, Home and End work as browsers make them (in JupyterLab too: the slider and the
  radio group carry ``data-lm-suppress-shortcuts``, since JupyterLab's command mode binds the
  arrow keys).
- ``ChartImage``: an ``<img>`` with its ``alt`` text (``workshop.alt_text``) beside its bytes;
- ``LiveRegion``: the kit's message area (``Message``), a live region that stays on the page.

The same stylesheet gives every kit control a focus ring that is easy to see (3 px, dark blue,
contrast above 3:1 on white and on the button grey).
"""

from __future__ import annotations

import anywidget
import ipywidgets as w
import traitlets as t

__all__ = ["LiveRegion", "RatingButtons", "Slider", "ChartImage", "FOCUS_COLOUR"]

FOCUS_COLOUR = "#0b3d91"  # 10.4:1 on white, 8.5:1 on ipywidgets' button grey (#eeeeee)

_CSS = f"""
.jupyter-widgets .jupyter-button:focus-visible,
.jupyter-widgets input:focus-visible, .jupyter-widgets select:focus-visible,
.jupyter-widgets textarea:focus-visible, .jupyter-widgets summary:focus-visible,
.jupyter-widgets a:focus-visible, .workshop-radiogroup [role=radio]:focus-visible,
.workshop-slider input[type=range]:focus-visible {{
  outline: 3px solid {FOCUS_COLOUR} !important; outline-offset: 2px;
}}
.workshop-radiogroup {{ display: flex; flex-wrap: wrap; gap: 2px; }}
.workshop-radiogroup [role=radio] {{ width: auto; }}
.workshop-radiogroup [role=radio][aria-checked=true] {{ font-weight: bold; }}
.workshop-slider {{ align-items: center; }}
.workshop-slider input[type=range] {{ flex: 1 1 auto; min-width: 80px; margin: 0 8px;
  accent-color: {FOCUS_COLOUR}; }}
.workshop-slider .widget-readout {{ min-width: 3em; text-align: right; }}
"""

_RATING_ESM = """
function render({ model, el }) {
  el.classList.add("widget-inline-hbox", "workshop-rating-buttons");
  const group = document.createElement("div");
  group.setAttribute("role", "radiogroup");
  group.className = "widget-toggle-buttons workshop-radiogroup";
  // JupyterLab binds the arrow keys in command mode (to headings and cells); inside the group
  // they choose a rating instead.
  group.setAttribute("data-lm-suppress-shortcuts", "true");
  el.appendChild(group);
  let buttons = [];
  const current = () => model.get("options").findIndex(o => o[1] === model.get("value"));
  function choose(i) {
    if (model.get("disabled")) return;
    model.set("value", model.get("options")[i][1]);
    model.save_changes();
    buttons[i].focus();
  }
  function key(event, i) {
    const n = buttons.length;
    let j = null;
    if (event.key === "ArrowRight" || event.key === "ArrowDown") j = (i + 1) % n;
    else if (event.key === "ArrowLeft" || event.key === "ArrowUp") j = (i - 1 + n) % n;
    else if (event.key === "Home") j = 0;
    else if (event.key === "End") j = n - 1;
    else if (event.key === " " || event.key === "Enter") j = i;
    if (j === null) return;
    event.preventDefault();
    event.stopPropagation();
    choose(j);
  }
  function update() {
    group.setAttribute("aria-label", model.get("group_label"));
    const chosen = current();
    const disabled = model.get("disabled");
    group.setAttribute("aria-disabled", disabled ? "true" : "false");
    buttons.forEach((b, i) => {
      const on = i === chosen;
      b.setAttribute("aria-checked", on ? "true" : "false");
      b.classList.toggle("mod-active", on);
      b.tabIndex = on || (chosen < 0 && i === 0) ? 0 : -1;
      b.disabled = disabled;
    });
  }
  function build() {
    group.textContent = "";
    const names = model.get("names");
    buttons = model.get("options").map(([label, value], i) => {
      const b = document.createElement("button");
      b.type = "button";
      b.setAttribute("role", "radio");
      b.className = "jupyter-button widget-toggle-button";
      b.textContent = label;
      b.setAttribute("aria-label", names[i] || label);
      b.title = names[i] || label;
      b.dataset.value = String(value);
      b.addEventListener("click", () => choose(i));
      b.addEventListener("keydown", (event) => key(event, i));
      group.appendChild(b);
      return b;
    });
    update();
  }
  model.on("change:options", build);
  model.on("change:names", build);
  model.on("change:value", update);
  model.on("change:disabled", update);
  model.on("change:group_label", update);
  build();
}
export default { render };
"""

_SLIDER_ESM = """
function render({ model, el }) {
  el.classList.add("widget-inline-hbox", "widget-slider", "widget-hslider", "workshop-slider");
  const id = "workshop-slider-" + Math.random().toString(36).slice(2);
  const label = document.createElement("label");
  label.className = "widget-label";
  label.htmlFor = id;
  const input = document.createElement("input");
  input.type = "range";
  input.id = id;
  // JupyterLab binds ArrowLeft and ArrowRight in command mode (collapse and expand headings)
  // and a range input does not put the notebook in edit mode: without this, the arrow keys
  // never reach the slider in JupyterLab (they do in Voila).
  input.setAttribute("data-lm-suppress-shortcuts", "true");
  const readout = document.createElement("span");
  readout.className = "widget-readout";
  readout.setAttribute("aria-hidden", "true");  // the slider itself says its value
  el.append(label, input, readout);
  const shown = (v) => Number(v).toFixed(model.get("decimals"));
  function update() {
    label.textContent = model.get("description");
    label.style.width = model.get("description_width") || "";
    label.style.flex = "0 0 auto";
    for (const name of ["min", "max", "step"]) input[name] = String(model.get(name));
    input.value = String(model.get("value"));
    input.disabled = model.get("disabled");
    input.setAttribute("aria-valuetext", shown(model.get("value")));
    readout.textContent = shown(model.get("value"));
  }
  input.addEventListener("input", () => { readout.textContent = shown(input.value); });
  input.addEventListener("change", () => {
    model.set("value", Number(input.value));
    model.save_changes();
  });
  for (const name of ["value", "min", "max", "step", "description", "disabled", "decimals",
                      "description_width"]) model.on("change:" + name, update);
  update();
}
export default { render };
"""

_IMAGE_ESM = """
function render({ model, el }) {
  const img = document.createElement("img");
  img.className = "widget-image workshop-chart";
  img.style.maxWidth = "100%";
  el.appendChild(img);
  let url = null;
  function update() {
    const bytes = model.get("value");
    if (url) URL.revokeObjectURL(url);
    url = null;
    if (bytes && bytes.byteLength) {
      url = URL.createObjectURL(new Blob([bytes], { type: "image/" + model.get("format") }));
      img.src = url;
      img.hidden = false;
    } else {
      img.removeAttribute("src");
      img.hidden = true;
    }
    img.alt = model.get("alt");
  }
  model.on("change:value", update);
  model.on("change:alt", update);
  update();
  return () => { if (url) URL.revokeObjectURL(url); };
}
export default { render };
"""


# A box's text reaches the kernel when the participant leaves the box (``form_text``: the
# widgets' ``continuous_update=False``). A page that reloads or closes while the cursor is still
# in a box would lose that box's text, the one field not yet kept beside the workspace; so, once
# per page, leaving the page leaves the box first, which sends its text before the page goes.
_LEAVE_THE_BOX = """
if (!window.__workshopLeavesTheBox) {
  window.__workshopLeavesTheBox = true;
  const leave = () => {
    const box = document.activeElement;
    if (box && (box.tagName === "INPUT" || box.tagName === "TEXTAREA")) { box.blur(); }
  };
  window.addEventListener("beforeunload", leave, { capture: true });
  window.addEventListener("pagehide", leave, { capture: true });
}
"""

_LIVE_ESM = _LEAVE_THE_BOX + """
function render({ model, el }) {
  el.classList.add("widget-html", "workshop-live");
  const region = document.createElement("div");
  region.className = "widget-html-content";
  region.setAttribute("role", "status");
  region.setAttribute("aria-live", "polite");
  region.setAttribute("aria-atomic", "true");
  el.appendChild(region);
  const update = () => { region.innerHTML = model.get("value"); };
  model.on("change:value", update);
  update();
}
export default { render };
"""


class LiveRegion(anywidget.AnyWidget, w.HTML):
    """An HTML area inside a live region that stays on the page (``role="status"``,
    ``aria-live="polite"``), so a screen reader says each new ``value`` when it changes.

    ipywidgets' ``HTML`` replaces its whole content, so a ``role="status"`` written inside it is
    a new element each time, which screen readers may not announce. In Python this is still an
    ``ipywidgets.HTML`` (``value`` is its HTML, already escaped by the caller, and every check
    that reads the HTML widgets reads this one too); only its view is the anywidget one, which
    keeps the region and changes what is inside it. Its stylesheet also brings the kit's focus
    ring to every page that has a message.
    """

    _esm = _LIVE_ESM
    _css = _CSS


class RatingButtons(anywidget.AnyWidget):
    """One choice among a few buttons, as a radio group whose every button has its own name.

    ``options`` are ``(label, value)`` pairs (the visible label, e.g. "4"); ``names`` the
    accessible name of each, in the same order; ``group_label`` the group's name (the question).
    ``value`` is the chosen option's value.
    """

    _esm = _RATING_ESM
    _css = _CSS
    options = t.List(t.Tuple(t.Unicode(), t.Int())).tag(sync=True)
    names = t.List(t.Unicode()).tag(sync=True)
    group_label = t.Unicode("").tag(sync=True)
    value = t.Int(0).tag(sync=True)
    disabled = t.Bool(False).tag(sync=True)

    @t.validate("value")
    def _known_value(self, proposal):
        values = [v for _label, v in self.options]
        if values and proposal["value"] not in values:
            raise t.TraitError(f"{proposal['value']!r} is not one of {values}")
        return proposal["value"]


class Slider(anywidget.AnyWidget):
    """A labelled range slider (``<input type="range">``); ``value`` changes when the participant
    lets go of it or presses a key, as ``continuous_update=False`` does for ipywidgets."""

    _esm = _SLIDER_ESM
    _css = _CSS
    value = t.Float(0.0).tag(sync=True)
    min = t.Float(0.0).tag(sync=True)
    max = t.Float(100.0).tag(sync=True)
    step = t.Float(1.0).tag(sync=True)
    description = t.Unicode("").tag(sync=True)
    description_width = t.Unicode("").tag(sync=True)
    decimals = t.Int(0).tag(sync=True)
    disabled = t.Bool(False).tag(sync=True)

    @t.validate("value")
    def _within(self, proposal):
        return max(self.min, min(self.max, float(proposal["value"])))


class ChartImage(anywidget.AnyWidget):
    """A PNG (or other ``format``) picture with its text alternative ``alt``."""

    _esm = _IMAGE_ESM
    _css = _CSS
    value = t.Bytes(b"").tag(sync=True)
    format = t.Unicode("png").tag(sync=True)
    alt = t.Unicode("").tag(sync=True)
