// The 404 page, in its own chunk (see App.tsx).
export { ErrorComponent as default } from "@refinedev/antd";
