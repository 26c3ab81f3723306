import type { FieldDef } from "../../schema/types";
import { ScrollRegion } from "../ScrollRegion";
import { FieldValue } from "./FieldValue";
import { itemIdsByTarget } from "./itemIds";
import { RelationRecordsProvider } from "./RelationRecords";

interface Props {
  name: string;
  field: FieldDef;
  value: Record<string, unknown>[];
  optionLabel: (field: string, value: string) => string;
  itemLabel: (sub: string) => string;
  yesNo: [string, string];
  lng: string;
  link?: boolean;
}

/** Structured entries as a small table: a header per sub-field, one row per entry, related names fetched once. */
export function ItemsValue({ name, field, value, optionLabel, itemLabel, yesNo, lng, link }: Props) {
  const subs = Object.entries(field.item ?? {});
  const cell = { padding: "4px 8px", borderBottom: "1px solid #f0f0f0", textAlign: "start" as const, verticalAlign: "top" as const };
  return (
    <RelationRecordsProvider idsByTarget={itemIdsByTarget(field, value)}>
      <ScrollRegion>
        <table style={{ borderCollapse: "collapse", width: "100%" }}>
          <thead>
            <tr>
              {subs.map(([sub]) => (
                <th key={sub} scope="col" style={{ ...cell, fontWeight: 600 }}>
                  {itemLabel(sub)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {value.map((entry, index) => (
              <tr key={index}>
                {subs.map(([sub, def]) => (
                  <td key={sub} style={cell}>
                    <FieldValue name={`${name}.${sub}`} field={def} value={entry?.[sub]} optionLabel={optionLabel} yesNo={yesNo} lng={lng} link={link} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </RelationRecordsProvider>
  );
}
