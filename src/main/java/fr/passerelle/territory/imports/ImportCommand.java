package fr.passerelle.territory.imports;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar passerelle.jar import density-grid|city-attraction|centroids FILE [--year=YYYY] [--partial]}:
 * imports a reference file, prints the report, exits 0 on success and 1 with the reasons, in French, when
 * the file is refused. A file is taken for a national one unless {@code --partial} says otherwise.
 */
@Component
@ConditionalOnProperty(name = "passerelle.command", havingValue = "true")
@RequiredArgsConstructor
class ImportCommand implements ApplicationRunner, ExitCodeGenerator {

    private static final String USAGE = "Usage : java -jar passerelle.jar import density-grid|city-attraction|centroids"
            + " FICHIER [--year=AAAA] [--partial]";

    private final ReferenceImports imports;
    private final MessageSource messages;
    private final PrintStream out = System.out;
    private int exitCode = 2;

    @Override
    public void run(ApplicationArguments args) {
        List<String> words = args.getNonOptionArgs();
        if (words.size() != 3 || !words.get(0).equals("import")) {
            out.println(USAGE);
            return;
        }
        ReferenceFileKind kind = ReferenceFileKind.fromId(words.get(1)).orElse(null);
        if (kind == null) {
            out.println("Type de fichier inconnu : « " + words.get(1) + " ». " + USAGE);
            return;
        }
        List<String> years = args.getOptionValues("year");
        String year = years == null || years.isEmpty() ? null : years.get(0);
        if (year != null && !year.matches("(19|20)[0-9]{2}")) {
            out.println("L'option --year attend une année sur 4 chiffres, par exemple --year=2024.");
            return;
        }
        ImportScope scope = args.containsOption("partial") ? ImportScope.PARTIAL : ImportScope.NATIONAL;
        exitCode = importFile(kind, Path.of(words.get(2)), year == null ? null : Integer.valueOf(year), scope);
    }

    private int importFile(ReferenceFileKind kind, Path file, Integer year, ImportScope scope) {
        try {
            byte[] content = Files.readAllBytes(file);
            ImportReport report =
                    imports.importFile(kind, file.getFileName().toString(), content, year, scope, "ligne de commande");
            ImportReportText.print(report, out);
            return 0;
        } catch (IOException e) {
            out.println("Impossible de lire le fichier « " + file + " » : " + e.getMessage());
        } catch (ImportRejectedException e) {
            out.println("Import refusé.");
            e.problems(messages, Locale.FRENCH).forEach(out::println);
        }
        return 1;
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
