import { capitalDate, capitalNumber, capitalYearMonth } from "../../../domain/chineseNumerals";
import { isIsoDate } from "../../../domain/dates";
import { isMonth } from "../../../domain/months";

type Rec = Record<string, unknown>;
type T = (key: string, params?: Record<string, unknown>) => string;

export interface LetterPart {
  /** stub | letter | receipt */
  part: "stub" | "letter" | "receipt";
  heading: string;
  serial: string;
  lines: string[];
  /** The signature block: stamp and the date in capitals. */
  footer: string[];
}

const str = (value: unknown) => (value === undefined || value === null || value === "" ? undefined : String(value));

/**
 * The three parts of the letter as text, the dates, days and months in capital numerals as the
 * paper form is filled in (chineseNumerals.ts); blanks where the receipt is yet to be filled.
 */
export function letterParts(transfer: Rec, t: T, names: { from: string; to: string; option: (field: string, value: string) => string }): LetterPart[] {
  const blank = t("party-transfer-letter.blank");
  const person = {
    name: str(transfer.memberName) ?? blank,
    gender: transfer.gender ? names.option("gender", String(transfer.gender)) : blank,
    age: str(transfer.age) ?? blank,
    ethnicity: str(transfer.ethnicity) ?? blank,
    membership: transfer.membership ? names.option("membership", String(transfer.membership)) : blank,
    idNumber: str(transfer.idNumber) ?? blank,
    from: names.from,
    to: names.to,
    duesMonth: isMonth(transfer.duesPaidThrough) ? capitalYearMonth(transfer.duesPaidThrough) : blank,
    days: typeof transfer.validityDays === "number" ? capitalNumber(transfer.validityDays) : blank,
  };
  const issued = isIsoDate(transfer.issueDate) ? capitalDate(transfer.issueDate) : blank;
  const received = transfer.status === "received" && isIsoDate(transfer.receiptDate) ? capitalDate(transfer.receiptDate) : blank;
  const serial = t("party-transfer-letter.serial", { serialNo: str(transfer.serialNo) ?? blank });
  const contact = t("party-transfer-letter.contact", {
    phone: str(transfer.memberPhone) ?? blank,
    address: str(transfer.senderAddress) ?? blank,
    senderPhone: str(transfer.senderPhone) ?? blank,
    postcode: str(transfer.senderPostcode) ?? blank,
  });
  return [
    { part: "stub", heading: t("party-transfer-letter.stub"), serial, lines: [t("party-transfer-letter.stubBody", person)], footer: [issued] },
    {
      part: "letter",
      heading: t("party-transfer-letter.letter"),
      serial,
      lines: [t("party-transfer-letter.letterTo", { addressee: str(transfer.addressee) ?? person.to }), t("party-transfer-letter.letterBody", person), t("party-transfer-letter.validity", person), contact],
      footer: [t("party-transfer-letter.stamp"), issued],
    },
    {
      part: "receipt",
      heading: t("party-transfer-letter.receipt"),
      serial,
      lines: [t("party-transfer-letter.receiptBody", { ...person, from: person.from }), t("party-transfer-letter.handler", { handler: str(transfer.handler) ?? blank })],
      footer: [t("party-transfer-letter.stamp"), received],
    },
  ];
}
