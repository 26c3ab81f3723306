import { useMany } from "@refinedev/core";
import { Link } from "react-router";
import { resourceIdentifier } from "../../schema/i18nKeys";
import { usePartyConfig } from "../context/PartyContext";
import { useRelationIds } from "./RelationIds";

interface Props {
  target: string;
  labelField: string;
  ids: (string | number)[];
  link?: boolean;
}

/**
 * Shows related records by their label. Every cell asks for the page-wide id list, so React Query
 * merges them into a single `GET /target?id=…` per target instead of one request per row.
 */
export function RelationLabel({ target, labelField, ids, link }: Props) {
  const { dataProviderName, routePrefix } = usePartyConfig();
  const shared = useRelationIds(target);
  const wanted = shared ?? ids;

  const { result } = useMany({
    resource: resourceIdentifier(target),
    ids: wanted,
    dataProviderName,
    queryOptions: { enabled: wanted.length > 0, staleTime: 30_000 },
  });
  const byId = new Map(result.data.map((record) => [String(record.id), record]));
  return (
    <>
      {ids.map((id, index) => {
        const text = String(byId.get(String(id))?.[labelField] ?? id);
        return (
          <span key={String(id)}>
            {index > 0 && "、"}
            {link ? <Link to={`${routePrefix}/${target}/show/${id}`}>{text}</Link> : text}
          </span>
        );
      })}
    </>
  );
}
