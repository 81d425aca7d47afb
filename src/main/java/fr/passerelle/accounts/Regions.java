package fr.passerelle.accounts;

import java.util.LinkedHashMap;
import java.util.Map;

/** France's regions since 2016, by INSEE code, as a network names the ones it covers. */
public final class Regions {

    private static final Map<String, String> NAMES = new LinkedHashMap<>();

    static {
        NAMES.put("84", "Auvergne-Rhône-Alpes");
        NAMES.put("27", "Bourgogne-Franche-Comté");
        NAMES.put("53", "Bretagne");
        NAMES.put("24", "Centre-Val de Loire");
        NAMES.put("94", "Corse");
        NAMES.put("44", "Grand Est");
        NAMES.put("01", "Guadeloupe");
        NAMES.put("03", "Guyane");
        NAMES.put("32", "Hauts-de-France");
        NAMES.put("11", "Île-de-France");
        NAMES.put("04", "La Réunion");
        NAMES.put("02", "Martinique");
        NAMES.put("06", "Mayotte");
        NAMES.put("28", "Normandie");
        NAMES.put("75", "Nouvelle-Aquitaine");
        NAMES.put("76", "Occitanie");
        NAMES.put("52", "Pays de la Loire");
        NAMES.put("93", "Provence-Alpes-Côte d'Azur");
    }

    private Regions() {}

    /** Every region, code to name, in alphabetical order of name. */
    public static Map<String, String> all() {
        return java.util.Collections.unmodifiableMap(NAMES);
    }

    public static boolean known(String code) {
        return NAMES.containsKey(code);
    }

    /** The region's name, or its code when unknown. */
    public static String name(String code) {
        return NAMES.getOrDefault(code, code);
    }
}
