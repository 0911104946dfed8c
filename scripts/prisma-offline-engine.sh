#!/bin/sh
# Stands in for Prisma's native schema engine, which cannot be downloaded here.
# generate/validate/format never call it; anything that does gets this message.
echo "schema engine not available offline: use npm run db:migration (WASM engine)" >&2
exit 1
