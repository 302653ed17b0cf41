/**
 * The NMT widgets' blocks in the editor: each widget's options in the sidebar (from the table the plugin
 * passes in the site's language, window.nmtWidgetsBlocks), and the real widget as the preview. The blocks are
 * rendered on the server: a post stores only the block's comment. Plain script, no build step.
 */
(function (wp, config) {
  'use strict';
  const el = wp.element.createElement;
  const { InspectorControls, useBlockProps } = wp.blockEditor;
  const { PanelBody, SelectControl, TextControl, ToggleControl } = wp.components;

  /** "heading-level" -> "headingLevel", as the plugin names the block attributes. */
  const attributeName = (attribute) => attribute.replace(/-([a-z])/g, (_, letter) => letter.toUpperCase());

  /** The element's attributes for the preview: flags present only when on, texts only when set. */
  function elementAttributes(options, values) {
    const out = {};
    for (const [attribute, option] of Object.entries(options)) {
      const value = values[attributeName(attribute)];
      if (option.type === 'flag') {
        if (value) out[attribute] = '';
      } else if (value !== '' && value !== undefined && value !== null) {
        out[attribute] = String(value);
      }
    }
    return out;
  }

  function control(attribute, option, values, setAttributes) {
    const name = attributeName(attribute);
    const set = (value) => setAttributes({ [name]: value });
    if (option.type === 'flag') {
      return el(ToggleControl, { key: name, label: option.label, checked: Boolean(values[name]), onChange: set });
    }
    if (option.type === 'heading') {
      return el(SelectControl, {
        key: name,
        label: option.label,
        value: String(values[name]),
        options: [1, 2, 3, 4, 5, 6].map((level) => ({ label: String(level), value: String(level) })),
        onChange: (value) => set(Number(value)),
      });
    }
    if (option.type === 'select') {
      return el(SelectControl, {
        key: name,
        label: option.label,
        value: values[name],
        options: Object.entries(option.choices).map(([value, label]) => ({ label, value })),
        onChange: set,
      });
    }
    return el(TextControl, { key: name, label: option.label, value: values[name], onChange: set });
  }

  for (const [widget, block] of Object.entries(config.blocks)) {
    wp.blocks.registerBlockType(`nmt-widgets/${widget}`, {
      apiVersion: 2,
      title: block.title,
      description: block.description,
      category: 'widgets',
      icon: block.icon,
      edit({ attributes, setAttributes }) {
        const controls = Object.entries(block.options).map(([attribute, option]) =>
          control(attribute, option, attributes, setAttributes),
        );
        return el(
          'div',
          useBlockProps(),
          el(InspectorControls, null, el(PanelBody, { title: config.settings }, controls)),
          el(`nmt-${widget}`, elementAttributes(block.options, attributes)),
        );
      },
      save: () => null,
    });
  }
})(window.wp, window.nmtWidgetsBlocks);
