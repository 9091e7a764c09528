interface ImportMeta {
  /**
   * The URL of the bundle this module was built into (scripts/build.mjs, for `npm start`);
   * undefined when the module runs from source (tsx, vitest).
   */
  readonly bundleUrl?: string;
}
