#!/bin/sh
# As the official image's 20-envsubst-on-templates.sh: every /etc/nginx/templates/*.template is rendered
# with envsubst (only variables defined in the environment are substituted) into /etc/nginx/conf.d/.
set -e
template_dir=${NGINX_ENVSUBST_TEMPLATE_DIR:-/etc/nginx/templates}
output_dir=${NGINX_ENVSUBST_OUTPUT_DIR:-/etc/nginx/conf.d}
suffix=${NGINX_ENVSUBST_TEMPLATE_SUFFIX:-.template}
[ -d "$template_dir" ] || exit 0
if [ ! -w "$output_dir" ]; then
    echo "$0: ERROR: $template_dir exists, but $output_dir is not writable" >&2
    exit 0
fi
defined_envs=$(printf '${%s} ' $(awk 'END { for (name in ENVIRON) { print name } }' < /dev/null))
find "$template_dir" -follow -type f -name "*$suffix" -print | while read -r template; do
    relative_path=${template#"$template_dir/"}
    output_path="$output_dir/${relative_path%"$suffix"}"
    mkdir -p "$(dirname "$output_path")"
    envsubst "$defined_envs" < "$template" > "$output_path"
done
