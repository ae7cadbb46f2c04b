# Pulse runs from its TypeScript sources through tsx: the image is npm ci plus the code.
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
COPY bin ./bin
RUN npm ci --omit=dev --no-audit --no-fund
COPY . .
# The PGlite clusters new data folders are copied from, empty and migrated (src/db/pglite-template.ts); without
# typescript (--omit=dev) Pulse runs its sources through tsx.
RUN node bin/build.js
USER node
EXPOSE 8080
ENTRYPOINT ["node", "bin/pulse.js"]
CMD ["start"]
