# syntax=docker/dockerfile:1.7
# One image recipe for the gateway and the five subgraphs: only the app's name and port differ.
# Build from the repository root, e.g.
#   docker build -f deploy/docker/app.Dockerfile --build-arg APP=police --build-arg PORT=4004 \
#     -t registry.qinzhou.gov.cn/qz/police:<version> .
# Ports: gateway 4000, registry 4001, education 4002, health 4003, police 4004, assistance 4005
# (the containerPort of deploy/k8s/base/apps/<app>.yaml). The gateway's image also holds the staff
# console's built files (apps/console), which the gateway serves.
# Node 22 LTS, pinned; the release pipeline may pin the digest too (NODE_IMAGE=node:22.x@sha256:...).
ARG NODE_IMAGE=node:22.23.5-bookworm-slim

# 1. Compile with every package, dev tools included: `npm run build` (SWC, and Vite for the
#    console, which only the gateway's image keeps).
FROM ${NODE_IMAGE} AS build
ARG APP
RUN test -n "$APP" || { echo 'build with --build-arg APP=<app> --build-arg PORT=<port>' >&2; exit 1; }
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY . .
RUN npm run build && if [ "$APP" != gateway ]; then rm -rf dist/apps/console; fi && mkdir -p dist/apps/console

# 2. The packages the app runs with: no dev dependencies.
FROM ${NODE_IMAGE} AS runtime-deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force

# 3. What runs: compiled code and runtime packages (owned by root, so the process cannot change
#    them), as an unprivileged user, read-only at run time
#    (the Deployment mounts a writable /tmp only). dist/apps/console is empty but for the gateway.
FROM ${NODE_IMAGE}
ARG APP
ARG PORT
ENV NODE_ENV=production HOST=0.0.0.0 APP=${APP} PORT=${PORT}
WORKDIR /app
COPY --from=runtime-deps /app/node_modules ./node_modules
COPY --from=build /src/package.json ./package.json
COPY --from=build /src/dist/libs ./dist/libs
COPY --from=build /src/dist/schema ./dist/schema
COPY --from=build /src/dist/apps/${APP} ./dist/apps/${APP}
COPY --from=build /src/dist/apps/console ./dist/apps/console
USER 10001:10001
EXPOSE ${PORT}
# Kubernetes uses its own probes (/health/live, /health/ready: deploy/k8s/base/apps/<app>.yaml);
# this is for plain container runtimes. Shell form: APP and PORT are read at run time (ENV above),
# and `exec` leaves node as the process that gets the signals.
HEALTHCHECK --interval=15s --timeout=3s --start-period=30s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:${PORT}/health/live').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
CMD exec node dist/apps/${APP}/src/main.js
