import type { JsonSchema } from "./fieldSchema";

const json = (schema: JsonSchema) => ({ "application/json": { schema } });
const error = { $ref: "#/components/schemas/Error" };
const user: JsonSchema = {
  type: "object",
  required: ["id", "name", "role"],
  properties: {
    id: { type: "integer" },
    name: { type: "string" },
    role: { enum: ["admin", "secretary", "member"] },
    branchId: { type: "integer", description: "a secretary's or member's branch" },
    memberId: { type: "integer", description: "a member's own record" },
  },
};

/** The sign-in the mock API offers (and `contract:check --user/--password` uses): the token, and who it is. */
export function authPaths(): Record<string, JsonSchema> {
  return {
    "/auth/login": {
      post: {
        tags: ["auth"],
        operationId: "signIn",
        summary: "Sign in: the bearer token for a user name and password",
        security: [],
        requestBody: {
          required: true,
          content: json({ type: "object", required: ["username", "password"], properties: { username: { type: "string" }, password: { type: "string" } } }),
        },
        responses: {
          200: { description: "signed in", content: json({ type: "object", required: ["token", "user"], properties: { token: { type: "string" }, user } }) },
          401: { description: "unknown user or wrong password", content: json(error) },
        },
      },
    },
    "/auth/me": {
      get: {
        tags: ["auth"],
        operationId: "currentUser",
        summary: "The user the bearer token belongs to",
        responses: { 200: { description: "the signed-in user", content: json(user) }, 401: { $ref: "#/components/responses/Unauthorized" } },
      },
    },
  };
}
