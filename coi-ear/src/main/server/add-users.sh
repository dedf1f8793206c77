#!/usr/bin/env bash
# Writes the OpenCOI users file of a server configuration directory anew, with hashed passwords.
# Usage: add-users.sh WILDFLY_HOME CONFIG_DIR [user:password:ROLE ...]
# With no users given, it leaves both files empty (no one can sign in until an admin adds users).
set -euo pipefail
home=$1 config=$2
shift 2
mkdir -p "$config"
printf '#$REALM_NAME=OpenCOI$\n' > "$config/coi-users.properties"
: > "$config/coi-roles.properties"
for entry in "$@"; do
    IFS=: read -r user password role <<< "$entry"
    "$home/bin/add-user.sh" -s -a -r OpenCOI -sc "$config" -up coi-users.properties -gp coi-roles.properties \
        -u "$user" -p "$password" -g "$role"
done
