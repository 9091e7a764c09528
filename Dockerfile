# syntax=docker/dockerfile:1
#
# One image for every service of the repository: the gateway and each subgraph.
# The build argument SERVICE picks the workspace `npm start` runs (its `node dist/main.js`);
# a `command` (e.g. `npm start -w @registers/municipality`) overrides it at run time.
#
#   docker build --build-arg SERVICE=municipality -t registers-municipality .
#
# `npm run build` bundles every service's TypeScript into plain JavaScript (scripts/build.mjs,
# esbuild) while the image is built, so nothing is compiled at run time. esbuild is a
# devDependency, so `npm ci` installs the devDependencies too.
# No HEALTHCHECK here: the port differs per service; docker-compose.yml declares them.

ARG NODE_IMAGE=node:20-bookworm-slim

# Only the package manifests and the lockfile, so that `npm ci` below stays cached until
# the dependencies change, whichever workspaces there are.
FROM ${NODE_IMAGE} AS manifests
WORKDIR /src
COPY . .
RUN find . -type f ! -name package.json ! -name package-lock.json -delete \
 && find . -depth -type d -empty -delete

FROM ${NODE_IMAGE}
ENV NPM_CONFIG_UPDATE_NOTIFIER=false \
    NPM_CONFIG_FUND=false \
    NPM_CONFIG_AUDIT=false
WORKDIR /app

# Installed and copied as root, so the running service cannot change its own code.
COPY --from=manifests /src/ ./
RUN --mount=type=cache,target=/root/.npm npm ci
COPY . .
RUN npm run build

# The embedded database (PGlite, used when no *_DATABASE_URL is given) writes under .data.
RUN mkdir -p .data/keys && chown -R node:node .data

ARG SERVICE=gateway
ENV SERVICE=${SERVICE} \
    HOST=0.0.0.0
USER node
# gateway 4000, municipality 4001, interests 4002 (their defaults)
EXPOSE 4000 4001 4002
CMD ["sh", "-c", "exec npm start --workspace \"@registers/${SERVICE}\""]
