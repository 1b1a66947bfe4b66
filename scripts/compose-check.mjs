// Validates compose.yaml, compose.override.yaml and their merge against the official Compose-spec JSON
// schema (as shipped in the npm package dclint), then checks what the schema cannot: every network,
// volume, secret and depends_on target is defined, every Dockerfile and secret file exists.
//
// Usage: node scripts/compose-check.mjs <dir holding node_modules with dclint> <repository root>
// scripts/check-compose installs dclint and runs this; the merge follows Compose's own rules
// (compose-go's override package): maps merge, sequences append and are de-duplicated by their key
// (ports by mapping, volumes by target, secrets by target path), command/entrypoint/healthcheck.test
// replace, depends_on and environment lists become maps, `!override` replaces and `!reset` removes.
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const [toolsDir, root] = process.argv.slice(2).map((p) => resolve(p));
const require = createRequire(join(toolsDir, 'node_modules', 'dclint', 'package.json'));
const YAML = require('yaml');
const Ajv = require('ajv');
const schema = require('./schemas/compose.schema.json');

const OVERRIDE = Symbol('override');
const RESET = Symbol('reset');
const problems = [];
const fail = (where, message) => problems.push(`${where}: ${message}`);

function load(file) {
  const doc = YAML.parseDocument(readFileSync(join(root, file), 'utf8'), { merge: true });
  for (const e of doc.errors) fail(file, `YAML error: ${e.message}`);
  for (const w of doc.warnings) {
    if (!/Unresolved tag: !(override|reset)\b/.test(w.message)) fail(file, `YAML warning: ${w.message}`);
  }
  return toJS(doc.contents, doc);
}

function toJS(node, doc) {
  if (node == null) return null;
  if (YAML.isAlias(node)) return toJS(node.resolve(doc), doc);
  let value;
  if (YAML.isMap(node)) {
    value = {};
    for (const pair of node.items) value[String(YAML.isScalar(pair.key) ? pair.key.value : pair.key)] = toJS(pair.value, doc);
  } else if (YAML.isSeq(node)) {
    value = node.items.map((item) => toJS(item, doc));
  } else {
    value = node.value;
  }
  if (node.tag === '!override') return { [OVERRIDE]: value };
  if (node.tag === '!reset') return { [RESET]: true };
  return value;
}

// ${VAR}, ${VAR:-default}, ${VAR-default}, ${VAR:?message}: the same environment compose would see.
function interpolate(value) {
  if (typeof value === 'string') {
    return value.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?\}/g, (all, name, op, arg) => {
      const v = process.env[name];
      if (op === ':-') return v ? v : arg;
      if (op === '-') return v !== undefined ? v : arg;
      if (op === ':?' || op === '?') return v ? v : '';
      return v ?? '';
    });
  }
  if (Array.isArray(value)) return value.map(interpolate);
  if (value && typeof value === 'object') {
    if (value[OVERRIDE] !== undefined) return { [OVERRIDE]: interpolate(value[OVERRIDE]) };
    if (value[RESET]) return value;
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, interpolate(v)]));
  }
  return value;
}

const plain = (v) => (v && typeof v === 'object' && v[OVERRIDE] !== undefined ? v[OVERRIDE] : v);
const matches = (path, pattern) => {
  const a = path.split('.');
  const b = pattern.split('.');
  return a.length === b.length && b.every((p, i) => p === '*' || p === a[i]);
};
const toMap = (v, valueOf) => (Array.isArray(v) ? Object.fromEntries(v.map(valueOf)) : v ?? {});
const keyValue = (entry) => {
  const s = String(entry);
  const i = s.indexOf('=');
  return i < 0 ? [s, null] : [s.slice(0, i), s.slice(i + 1)];
};

const specials = [
  ['services.*.command', (a, b) => b],
  ['services.*.entrypoint', (a, b) => b],
  ['services.*.healthcheck.test', (a, b) => b],
  ['services.*.depends_on', (a, b, p) => mergeMaps(toMap(a, (s) => [s, { condition: 'service_started' }]), toMap(b, (s) => [s, { condition: 'service_started' }]), p)],
  ['services.*.networks', (a, b, p) => mergeMaps(toMap(a, (s) => [s, null]), toMap(b, (s) => [s, null]), p)],
  ['services.*.environment', (a, b, p) => mergeMaps(toMap(a, keyValue), toMap(b, keyValue), p)],
  ['services.*.labels', (a, b, p) => mergeMaps(toMap(a, keyValue), toMap(b, keyValue), p)],
  ['services.*.build.args', (a, b, p) => mergeMaps(toMap(a, keyValue), toMap(b, keyValue), p)],
  ['services.*.build', (a, b, p) => merge(typeof a === 'string' ? { context: a } : a, typeof b === 'string' ? { context: b } : b, p, true)],
];

function merge(base, override, path, skipSpecial = false) {
  if (override && typeof override === 'object' && override[OVERRIDE] !== undefined) return override[OVERRIDE];
  if (!skipSpecial) {
    for (const [pattern, fn] of specials) if (matches(path, pattern)) return fn(base, override, path);
  }
  if (override === undefined) return base;
  if (Array.isArray(base) && Array.isArray(override)) return [...base, ...override];
  if (base && override && typeof base === 'object' && typeof override === 'object' && !Array.isArray(base)) return mergeMaps(base, override, path);
  return override;
}

function mergeMaps(base, override, path) {
  const out = { ...base };
  for (const [k, v] of Object.entries(override ?? {})) {
    if (v && typeof v === 'object' && v[RESET]) delete out[k];
    else out[k] = k in out ? merge(out[k], v, path ? `${path}.${k}` : k) : plain(v);
  }
  return out;
}

// compose-go's EnforceUnicity: a later entry with the same key replaces the earlier one.
const unique = {
  ports: (p) => (typeof p === 'object' ? `${p.host_ip ?? '0.0.0.0'}:${p.published}:${p.target}/${p.protocol ?? 'tcp'}` : String(p)),
  expose: String,
  volumes: (v) => (typeof v === 'object' ? v.target : volumeTarget(v)),
  secrets: (s) => (typeof s === 'object' ? s.target ?? `/run/secrets/${s.source}` : `/run/secrets/${s}`),
  env_file: (e) => (typeof e === 'object' ? e.path : e),
  cap_add: String,
  cap_drop: String,
};

function volumeTarget(spec) {
  const parts = String(spec).split(':');
  return parts.length === 1 ? parts[0] : parts[1];
}

function enforceUnicity(project) {
  for (const service of Object.values(project.services ?? {})) {
    for (const [field, keyOf] of Object.entries(unique)) {
      if (!Array.isArray(service[field])) continue;
      const byKey = new Map();
      for (const entry of service[field]) byKey.set(keyOf(entry), entry);
      service[field] = [...byKey.values()];
    }
  }
  return project;
}

function stripTags(value) {
  if (Array.isArray(value)) return value.map(stripTags);
  if (value && typeof value === 'object') {
    if (value[OVERRIDE] !== undefined) return stripTags(value[OVERRIDE]);
    return Object.fromEntries(Object.entries(value).filter(([, v]) => !(v && v[RESET])).map(([k, v]) => [k, stripTags(v)]));
  }
  return value;
}

// The schema names its draft-07 meta-schema by an https URL that Ajv does not know; it is draft-07, which
// is Ajv's default dialect, so it is compiled without that pointer.
const { $schema: metaSchema, ...schemaBody } = schema;
const ajv = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true });
const validate = ajv.compile(schemaBody);

function checkSchema(name, project) {
  if (!validate(project)) {
    for (const e of validate.errors) fail(name, `schema: ${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`);
  }
}

function checkReferences(name, project, { secretFilesMustExist }) {
  const services = project.services ?? {};
  const networks = project.networks ?? {};
  const volumes = project.volumes ?? {};
  const secrets = project.secrets ?? {};
  for (const [svc, s] of Object.entries(services)) {
    const where = `${name} services.${svc}`;
    if (!s.image && !s.build) fail(where, 'neither image nor build');
    if (s.build) {
      const context = resolve(root, s.build.context ?? '.');
      const dockerfile = join(context, s.build.dockerfile ?? 'Dockerfile');
      if (!existsSync(dockerfile)) fail(where, `Dockerfile ${dockerfile} does not exist`);
    }
    const serviceNetworks = Array.isArray(s.networks) ? s.networks : Object.keys(s.networks ?? {});
    for (const n of serviceNetworks) if (!(n in networks)) fail(where, `network ${n} is not defined`);
    for (const v of s.volumes ?? []) {
      const source = typeof v === 'object' ? v.source : String(v).split(':')[0];
      const type = typeof v === 'object' ? v.type : undefined;
      const named = source && !source.startsWith('.') && !source.startsWith('/') && !source.startsWith('~') && type !== 'bind';
      if (named && !(source in volumes)) fail(where, `volume ${source} is not defined`);
      if (!named && source && !existsSync(resolve(root, source))) fail(where, `bind source ${source} does not exist`);
    }
    for (const sec of s.secrets ?? []) {
      const source = typeof sec === 'object' ? sec.source : sec;
      if (!(source in secrets)) fail(where, `secret ${source} is not defined`);
    }
    const deps = Array.isArray(s.depends_on) ? s.depends_on : Object.keys(s.depends_on ?? {});
    for (const d of deps) if (!(d in services)) fail(where, `depends_on ${d}: no such service`);
    for (const e of s.env_file ?? []) {
      const path = typeof e === 'object' ? e.path : e;
      const required = typeof e === 'object' ? e.required !== false : true;
      if (required && !existsSync(resolve(root, path))) fail(where, `env_file ${path} is required but missing`);
    }
    if (!s.healthcheck && !s.build) fail(where, 'no healthcheck');
  }
  for (const [sec, def] of Object.entries(secrets)) {
    if (!def.file && !def.environment && !def.external) fail(`${name} secrets.${sec}`, 'needs file, environment or external');
    if (def.file && secretFilesMustExist && !existsSync(resolve(root, def.file))) fail(`${name} secrets.${sec}`, `file ${def.file} does not exist`);
  }
}

const production = interpolate(load('compose.yaml'));
const development = interpolate(load('compose.override.yaml'));
const merged = enforceUnicity(mergeMaps(stripTags(production), development, ''));

checkSchema('compose.yaml', stripTags(production));
checkSchema('compose.override.yaml', stripTags(development));
checkSchema('merged', merged);
// The production secret file is the operator's (git-ignored); development's is committed.
checkReferences('compose.yaml', stripTags(production), { secretFilesMustExist: false });
checkReferences('merged', merged, { secretFilesMustExist: true });

if (process.env.COMPOSE_CHECK_PRINT) process.stdout.write(`${JSON.stringify(merged, null, 2)}\n`);
if (problems.length) {
  console.error(`compose check: ${problems.length} problem(s)`);
  for (const p of problems) console.error(`  - ${p}`);
  process.exit(1);
}
console.log(`compose check: compose.yaml, compose.override.yaml and their merge are valid (schema ${schema.$id ?? 'compose-spec'}, dclint ${require('./package.json').version}); all references resolve`);
