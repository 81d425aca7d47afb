package fr.passerelle.territory.imports;

import java.io.PrintStream;

/** The import report in plain French, for the command line. */
final class ImportReportText {

    private ImportReportText() {}

    static void print(ImportReport report, PrintStream out) {
        out.println("Import « " + report.kind().id() + " » de " + report.fileName()
                + (report.sourceYear() == null ? "" : " (source " + report.sourceYear() + ")") + " : terminé.");
        out.println("  Lignes lues : " + report.rowsRead());
        out.println("  Communes modifiées : " + report.communesUpdated());
        out.println("  Codes inconnus dans la géographie actuelle (ignorés) : "
                + report.unknownCodes().size());
        if (!report.unknownCodes().isEmpty()) {
            out.println("    " + String.join(", ", report.unknownCodes()));
        }
        out.println("  Communes actuelles absentes du fichier (inchangées) : "
                + report.missingCommunes().size());
        report.missingCommunes().forEach(commune -> out.println("    " + commune));
    }
}
