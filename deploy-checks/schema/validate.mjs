// Validate Kubernetes objects (multi-document YAML on stdin) against the JSON schemas that kubernetes-models
// generates from the Kubernetes OpenAPI specification. Prints one JSON line per object:
//   {"kind":..,"apiVersion":..,"name":..,"status":"valid"|"invalid"|"unknown","errors":[..]}
// "unknown": no schema for that apiVersion/kind (custom resources such as CloudNativePG Cluster, Strimzi
// KafkaTopic); the Java test decides which of those are expected. Exit code 0 unless the input is not YAML.
import { readFileSync } from "node:fs";
import { parseAllDocuments } from "yaml";

const docs = parseAllDocuments(readFileSync(0, "utf8"));
for (const doc of docs) {
  if (doc.errors.length) {
    console.error(`not YAML: ${doc.errors[0].message}`);
    process.exit(2);
  }
  const obj = doc.toJS();
  if (!obj) continue;
  const apiVersion = String(obj.apiVersion ?? "");
  const kind = String(obj.kind ?? "");
  const slash = apiVersion.indexOf("/");
  const group = slash < 0 ? "" : apiVersion.slice(0, slash);
  const version = slash < 0 ? apiVersion : apiVersion.slice(slash + 1);
  const result = { kind, apiVersion, name: obj.metadata?.name ?? "", status: "valid", errors: [] };
  let model;
  try {
    const mod = await import(group ? `kubernetes-models/${group}/${version}` : `kubernetes-models/${version}`);
    model = mod[kind];
  } catch {
    model = undefined;
  }
  if (typeof model !== "function") {
    result.status = "unknown";
  } else {
    try {
      new model(obj).validate();
    } catch (e) {
      result.status = "invalid";
      result.errors = (e.errors ?? [{ message: e.message }]).map(
        (x) => `${x.instancePath ?? ""} ${x.message ?? String(x)}`.trim());
    }
  }
  console.log(JSON.stringify(result));
}
