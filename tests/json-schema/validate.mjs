// Validates YAML fact files against a JSON Schema as the YAML language server reads them: YAML 1.2 (where a bare
// 2014 is an integer and `no` is a string), then a draft-07 validator (ajv). Prints one JSON line per file:
// {"file": ..., "errors": [{"path": ..., "message": ...}]}. Used by tests/Crisis.Model.Tests/JsonSchemaAgreementTests.
//   node validate.mjs SCHEMA.json FILE.yaml...
import { readFileSync } from "node:fs";
import Ajv from "ajv";
import YAML from "yaml";

const [schemaPath, ...files] = process.argv.slice(2);
if (!schemaPath || files.length === 0) {
  console.error("usage: node validate.mjs SCHEMA.json FILE.yaml...");
  process.exit(2);
}

const ajv = new Ajv({ allErrors: true, strict: false });
const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, "utf8")));
for (const file of files) {
  const document = YAML.parseDocument(readFileSync(file, "utf8"), { version: "1.2" });
  const errors = document.errors.map((e) => ({ path: "", message: "YAML: " + e.message }));
  if (errors.length === 0 && !validate(document.toJS())) {
    for (const e of validate.errors) {
      errors.push({ path: e.instancePath, message: e.message + (e.params?.additionalProperty ? ` '${e.params.additionalProperty}'` : "") });
    }
  }
  console.log(JSON.stringify({ file, errors }));
}
