package fr.passerelle.directory.internal;

import fr.passerelle.territory.Perimeter;
import fr.passerelle.territory.PerimeterKind;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The columns of the organisations' CSV, the same for the export, the import and its template, and
 * how a coverage is written in it: {@code region:84 | departement:26 | france}, a non-official
 * perimeter as {@code perimetre:<id>}.
 */
public final class OrganisationColumns {

    public static final String ID = "id";
    public static final String NAME = "nom";
    public static final String KIND = "type";
    public static final String FAMILY = "famille";
    public static final String SUB_KIND = "categorie";
    public static final String AREA = "ville_campagne";
    public static final String DESCRIPTION = "description";
    public static final String COMMUNE = "code_insee";
    public static final String WEBSITE = "site_web";
    public static final String EMAIL = "courriel";
    public static final String PHONE = "telephone";
    public static final String ADDRESS = "adresse";
    public static final String SIRET = "siret";
    public static final String LATITUDE = "latitude";
    public static final String LONGITUDE = "longitude";
    public static final String SECTORS = "secteurs";
    public static final String COVERAGE_NAMES = "territoires_couverts";
    public static final String COVERAGE = "territoires_codes";
    public static final String LAST_VERIFIED = "derniere_verification";
    public static final String QUALITY = "qualite";

    /** Every column, in the export's order; the import reads those it knows and ignores the names and quality. */
    public static final List<String> ALL = List.of(
            ID,
            NAME,
            KIND,
            FAMILY,
            SUB_KIND,
            AREA,
            DESCRIPTION,
            COMMUNE,
            WEBSITE,
            EMAIL,
            PHONE,
            ADDRESS,
            SIRET,
            LATITUDE,
            LONGITUDE,
            SECTORS,
            COVERAGE_NAMES,
            COVERAGE,
            LAST_VERIFIED,
            QUALITY);

    static final String LIST_SEPARATOR = " | ";

    private OrganisationColumns() {}

    /** A coverage as the {@link #COVERAGE} column writes it. */
    public static String coverage(List<Perimeter> perimeters) {
        return perimeters.stream().map(OrganisationColumns::perimeter).collect(Collectors.joining(LIST_SEPARATOR));
    }

    private static String perimeter(Perimeter perimeter) {
        if (perimeter.kind() == PerimeterKind.FRANCE) {
            return "france";
        }
        return perimeter.kind().official()
                ? perimeter.kind().name().toLowerCase(Locale.ROOT) + ":" + perimeter.code()
                : "perimetre:" + perimeter.id();
    }
}
