# Pulse runs from its TypeScript sources through tsx: the image is npm ci plus the code.
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
COPY bin ./bin
RUN npm ci --omit=dev --no-audit --no-fund
COPY . .
USER node
EXPOSE 8080
ENTRYPOINT ["node", "bin/pulse.js"]
CMD ["start"]
