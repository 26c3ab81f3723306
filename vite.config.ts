import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The demo calls /api; dev and preview servers forward it to the mock API on API_PORT.
const apiPort = Number(process.env.API_PORT ?? 4010);
const proxy = {
  "/api": {
    target: `http://127.0.0.1:${apiPort}`,
    changeOrigin: true,
    rewrite: (path: string) => path.replace(/^\/api/, "") || "/",
  },
};
const port = Number(process.env.PORT ?? 5173);

export default defineConfig({
  plugins: [react()],
  server: { port, strictPort: true, host: "127.0.0.1", proxy },
  preview: { port, strictPort: true, host: "127.0.0.1", proxy },
  build: { outDir: "dist/demo", target: "es2022", chunkSizeWarningLimit: 1500 },
});
