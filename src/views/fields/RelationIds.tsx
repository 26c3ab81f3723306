import { createContext, useContext } from "react";

/** The ids every relation cell of a page needs, per target: one batched request per target. */
export const RelationIdsContext = createContext<Record<string, (string | number)[]>>({});
export const useRelationIds = (target: string) => useContext(RelationIdsContext)[target];
