"""Rewrites compose.yaml (and compose.override.yaml) into files docker-compose 1.29 can read.

Usage: compose129.py OUT_DIR ENV_FILE_MAP compose.yaml [compose.override.yaml]
       compose129.py --images FILES...   (prints every service's image:)
ENV_FILE_MAP is "path=replacement,..." (env_file paths to replace, e.g. server/.env=/tmp/x/server.env).
Writes OUT_DIR/0.yml (and 1.yml) and prints one line per change, so the caller can say what was stripped.
Nothing else is changed: every other key reaches docker-compose as written.
"""
import os
import sys

import yaml


class Override:
    def __init__(self, value):
        self.value = value


def _override(loader, node):
    if isinstance(node, yaml.SequenceNode):
        return Override(loader.construct_sequence(node, deep=True))
    if isinstance(node, yaml.MappingNode):
        return Override(loader.construct_mapping(node, deep=True))
    return Override(loader.construct_scalar(node))


class Loader(yaml.SafeLoader):
    pass


Loader.add_constructor("!override", _override)


def images(files):
    for path in files:
        with open(path, encoding="utf-8") as f:
            doc = yaml.load(f, Loader=Loader)
        for service in (doc.get("services") or {}).values():
            if isinstance(service, dict) and service.get("image"):
                print(service["image"])


def main():
    if sys.argv[1] == "--images":
        images(sys.argv[2:])
        return
    out_dir, env_map_arg, files = sys.argv[1], sys.argv[2], sys.argv[3:]
    env_map = dict(item.split("=", 1) for item in env_map_arg.split(",") if item)
    docs = []
    for path in files:
        with open(path, encoding="utf-8") as f:
            docs.append(yaml.load(f, Loader=Loader))
    changes = []
    for index, (path, doc) in enumerate(zip(files, docs)):
        name = os.path.basename(path)
        if "name" in doc:
            changes.append(f"{name}: top-level name '{doc.pop('name')}' (passed as --project-name instead)")
        for service_name, service in (doc.get("services") or {}).items():
            where = f"{name}: services.{service_name}"
            env_files = service.get("env_file")
            if isinstance(env_files, list) and any(isinstance(e, dict) for e in env_files):
                plain = []
                for entry in env_files:
                    entry_path = entry["path"] if isinstance(entry, dict) else entry
                    if entry_path in env_map:
                        plain.append(env_map[entry_path])
                        changes.append(f"{where}.env_file {entry_path} -> {env_map[entry_path]} (the smoke's own env file; long syntax 'required:' unsupported)")
                    elif os.path.exists(entry_path) or not (isinstance(entry, dict) and entry.get("required") is False):
                        plain.append(entry_path)
                    else:
                        changes.append(f"{where}.env_file {entry_path} (absent and required: false; 1.29 has no 'required')")
                if plain:
                    service["env_file"] = plain
                else:
                    del service["env_file"]
            for dep_name, dep in (service.get("depends_on") or {}).items() if isinstance(service.get("depends_on"), dict) else []:
                if isinstance(dep, dict) and "restart" in dep:
                    dep.pop("restart")
                    changes.append(f"{where}.depends_on.{dep_name}.restart (Compose v2.17+)")
            for key, value in list(service.items()):
                if isinstance(value, Override):
                    service[key] = value.value
                    for earlier in docs[:index]:
                        earlier_service = (earlier.get("services") or {}).get(service_name) or {}
                        if key in earlier_service:
                            del earlier_service[key]
                    changes.append(f"{where}.{key}: !override tag (Compose v2.24.4+) -> the earlier files' {key} removed, this one kept")
    for index, doc in enumerate(docs):
        with open(os.path.join(out_dir, f"{index}.yml"), "w", encoding="utf-8") as f:
            yaml.safe_dump(doc, f, sort_keys=False)
    for change in changes:
        print(change)


if __name__ == "__main__":
    main()
