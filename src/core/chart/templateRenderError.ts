import { SlipwayError, type ErrorKind, type ErrorLocation } from '../errors/slipwayError.js';

/**
 * An error from rendering a chart's templates (after its values were accepted): Helm's install action
 * returns these with a partial release, so `helm template` adds "Use --debug flag to render out invalid
 * YAML", and with --debug prints what was rendered. `renderedFiles` is that material when the templates
 * executed and their output was not valid YAML.
 */
export class TemplateRenderError extends SlipwayError {
  readonly renderedFiles: ReadonlyMap<string, string> | undefined;

  constructor(kind: ErrorKind, message: string, options: { where?: ErrorLocation; hint?: string; cause?: unknown; renderedFiles?: ReadonlyMap<string, string> } = {}) {
    super(kind, message, options);
    this.renderedFiles = options.renderedFiles;
  }
}
