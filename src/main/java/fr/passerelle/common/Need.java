package fr.passerelle.common;

/** What a project holder asks for: the needs orientation groups its results by. */
public enum Need implements Vocabulary {
    ACCOMPAGNEMENT,
    FINANCEMENT,
    FORMATION,
    LIEU,
    PARTENAIRES,
    INSTALLATION;

    @Override
    public String messagePrefix() {
        return "need";
    }
}
