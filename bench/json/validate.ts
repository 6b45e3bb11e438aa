// The JSON side of the comparison: vscode-json-languageservice (the engine behind VS Code's JSON support) with the
// plan schema registered, doing what the editor does on a keystroke: parseJSONDocument + doValidation.
import { getLanguageService, TextDocument, type Diagnostic, type LanguageService } from 'vscode-json-languageservice';
import { PLAN_SCHEMA_URI, planSchema, type SchemaStyle } from './schema';

export const JSON_PLAN_URI = 'file:///bench/plan.plan.json';

export function createJsonService(style: SchemaStyle): LanguageService {
  const service = getLanguageService({});
  service.configure({
    validate: true,
    allowComments: false,
    schemas: [{ uri: PLAN_SCHEMA_URI, fileMatch: ['*.plan.json'], schema: planSchema(style) }],
  });
  return service;
}

export interface JsonValidator {
  style: SchemaStyle;
  /** Parse the text and validate it against the registered schema, as the editor does per change. */
  validate(text: string, version?: number): Promise<Diagnostic[]>;
  parse(text: string): void;
}

export function createJsonValidator(style: SchemaStyle): JsonValidator {
  const service = createJsonService(style);
  return {
    style,
    async validate(text, version = 1) {
      const document = TextDocument.create(JSON_PLAN_URI, 'json', version, text);
      const json = service.parseJSONDocument(document);
      return service.doValidation(document, json);
    },
    parse(text) {
      service.parseJSONDocument(TextDocument.create(JSON_PLAN_URI, 'json', 1, text));
    },
  };
}
