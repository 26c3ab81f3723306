import type { DataProvider } from "@refinedev/core";
import dataProviderSimpleRest from "@refinedev/simple-rest";
import axios, { type AxiosError } from "axios";
import { resourceFromIdentifier } from "../schema/i18nKeys";
import { toPartyHttpError } from "./httpError";

export interface RestOptions {
  apiUrl: string;
  headers?: Record<string, string>;
  /** Requests slower than this fail as a timeout (the form keeps what was typed). */
  timeoutMs?: number;
  getToken?: () => string | undefined | null | Promise<string | undefined | null>;
  /** Resource name → path, e.g. { members: "api/v2/dangyuan" }. */
  endpoints?: Record<string, string>;
}

/** json-server / simple-rest wire format, with the plugin's resource identifiers mapped to paths. */
export function createRestDataProvider(options: RestOptions): DataProvider {
  const http = axios.create({ timeout: options.timeoutMs ?? 15_000, headers: options.headers });
  http.interceptors.request.use(async (config) => {
    const token = await options.getToken?.();
    if (token) config.headers.set("Authorization", `Bearer ${token}`);
    return config;
  });
  http.interceptors.response.use(undefined, (error: AxiosError) =>
    Promise.reject(toPartyHttpError(error.response?.status, error.response?.data, error.code)),
  );
  const rest = dataProviderSimpleRest(options.apiUrl.replace(/\/$/, ""), http);
  const path = (resource: string) => {
    const name = resourceFromIdentifier(resource);
    return (options.endpoints?.[name] ?? name).replace(/^\//, "");
  };
  const withPath = <P extends { resource: string }>(params: P): P => ({ ...params, resource: path(params.resource) });

  return {
    getApiUrl: () => options.apiUrl,
    getList: (params) => rest.getList(withPath(params)),
    getMany: (params) => rest.getMany(withPath(params)),
    getOne: (params) => rest.getOne(withPath(params)),
    create: (params) => rest.create(withPath(params)),
    update: (params) => rest.update(withPath(params)),
    deleteOne: (params) => rest.deleteOne(withPath(params)),
    custom: (params) => rest.custom(params),
  } as DataProvider;
}
