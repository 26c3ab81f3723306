import { AlignmentType, Document, HeadingLevel, Packer, PageBreak, Paragraph, TextRun } from "docx";
import type { LetterPart } from "./letterText";

// Loaded only when the download is clicked (docx is a large library).

/** The three-part letter as a Word document: one page per part, the title and serial number on each. */
export async function letterDocx(title: string, parts: readonly LetterPart[]): Promise<Blob> {
  const children = parts.flatMap((part, index) => [
    ...(index > 0 ? [new Paragraph({ children: [new PageBreak()] })] : []),
    new Paragraph({ heading: HeadingLevel.HEADING_1, alignment: AlignmentType.CENTER, children: [new TextRun({ text: title, bold: true })] }),
    new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: `（${part.heading}）` })] }),
    new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun(part.serial)] }),
    ...part.lines.map((line) => new Paragraph({ spacing: { after: 200 }, children: [new TextRun({ text: line, size: 28 })] })),
    ...part.footer.map((line) => new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: line, size: 28 })] })),
  ]);
  const doc = new Document({ styles: { default: { document: { run: { font: "SimSun" } } } }, sections: [{ children }] });
  return Packer.toBlob(doc);
}
