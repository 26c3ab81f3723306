import { Link } from "react-router";
import { usePartyConfig } from "../context/PartyContext";
import { useRelatedRecords, useRelationRecords } from "./RelationRecords";

interface Props {
  target: string;
  labelField: string;
  ids: (string | number)[];
  link?: boolean;
}

/**
 * Shows related records by their label: from the page's batch when a list provides one (no query
 * per cell), else fetched here (a detail page's few relations).
 */
export function RelationLabel(props: Props) {
  const shared = useRelationRecords(props.target);
  return shared ? <RelationText {...props} byId={shared} /> : <FetchedRelationLabel {...props} />;
}

function FetchedRelationLabel(props: Props) {
  return <RelationText {...props} byId={useRelatedRecords(props.target, props.ids)} />;
}

function RelationText({ target, labelField, ids, link, byId }: Props & { byId: ReadonlyMap<string, Record<string, unknown>> }) {
  const { routePrefix } = usePartyConfig();
  return (
    <>
      {ids.map((id, index) => {
        const text = String(byId.get(String(id))?.[labelField] ?? id);
        return (
          <span key={String(id)}>
            {index > 0 && "、"}
            {/* Underlined: among other names and text, colour alone would not mark it as a link. */}
            {link ? <Link to={`${routePrefix}/${target}/show/${id}`} style={{ textDecoration: "underline" }}>{text}</Link> : text}
          </span>
        );
      })}
    </>
  );
}
