# syntax=docker/dockerfile:1
#
# One image for every service of the repository: the gateway and each subgraph.
# The build argument SERVICE picks the service the image runs (`node dist/main.js` in its
# workspace); a `command` overrides it at run time, as deploy/kubernetes does.
#
#   docker build --build-arg SERVICE=municipality -t registers-municipality .
#
# Two stages: the build stage installs everything and runs `npm run build`, which bundles each
# service's TypeScript into plain JavaScript in its workspace's dist/ (scripts/build.mjs,
# esbuild) and the web app into web/dist (Vite). The image itself has the production
# dependencies alone (`npm ci --omit=dev`: no esbuild, Vite, tsx or TypeScript) and, of the
# checkout, only what the bundles read at run time. gateway/test/docker-image.test.ts checks
# both: every package a bundle imports is one `npm ci --omit=dev` installs where Node looks for
# it, and every file a bundle reads beside its modules is copied below.
# No HEALTHCHECK here: the port differs per service; docker-compose.yml declares them.

# The current Node.js LTS. The services also run on Node 20.19+ and 22.13+ (package.json engines).
ARG NODE_IMAGE=node:24-bookworm-slim

# Only the package manifests and the lockfile, so that each `npm ci` below stays cached until
# the dependencies change, whichever workspaces there are.
FROM ${NODE_IMAGE} AS manifests
WORKDIR /src
COPY . .
RUN find . -type f ! -name package.json ! -name package-lock.json -delete \
 && find . -depth -type d -empty -delete

FROM ${NODE_IMAGE} AS build
ENV NPM_CONFIG_UPDATE_NOTIFIER=false \
    NPM_CONFIG_FUND=false \
    NPM_CONFIG_AUDIT=false
WORKDIR /app
COPY --from=manifests /src/ ./
RUN --mount=type=cache,target=/root/.npm npm ci
COPY . .
RUN npm run build

FROM ${NODE_IMAGE}
ENV NPM_CONFIG_UPDATE_NOTIFIER=false \
    NPM_CONFIG_FUND=false \
    NPM_CONFIG_AUDIT=false
WORKDIR /app

# Installed and copied as root, so the running service cannot change its own code.
COPY --from=manifests /src/ ./
RUN --mount=type=cache,target=/root/.npm npm ci --omit=dev

# What the bundles read at run time, each relative to its module's place in the checkout.
COPY --from=build /app/gateway/dist ./gateway/dist
COPY --from=build /app/gateway/src/ide/page.js ./gateway/src/ide/page.js
COPY --from=build /app/subgraphs/municipality/dist ./subgraphs/municipality/dist
COPY --from=build /app/subgraphs/municipality/drizzle ./subgraphs/municipality/drizzle
COPY --from=build /app/subgraphs/interests/dist ./subgraphs/interests/dist
COPY --from=build /app/subgraphs/interests/drizzle ./subgraphs/interests/drizzle
COPY --from=build /app/schema ./schema
COPY --from=build /app/packages/reference-data/data ./packages/reference-data/data
COPY --from=build /app/packages/client/operations ./packages/client/operations
COPY --from=build /app/packages/client/src/generated/persisted-documents.json ./packages/client/src/generated/persisted-documents.json
COPY --from=build /app/web/dist ./web/dist

# The embedded database (PGlite, used when no *_DATABASE_URL is given) writes under .data.
RUN mkdir -p .data/keys && chown -R node:node .data

ARG SERVICE=gateway
ENV SERVICE=${SERVICE} \
    HOST=0.0.0.0
USER node
# gateway 4000, municipality 4001, interests 4002 (their defaults)
EXPOSE 4000 4001 4002
# The service itself, without npm in between: signals reach it.
CMD ["sh", "-c", "cd \"$(if [ \"$SERVICE\" = gateway ]; then echo gateway; else echo \"subgraphs/$SERVICE\"; fi)\" && exec node dist/main.js"]
