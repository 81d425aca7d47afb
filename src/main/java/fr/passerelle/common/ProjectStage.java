package fr.passerelle.common;

/** How far a project has come, from the idea on. */
public enum ProjectStage implements Vocabulary {
    IDEE,
    EMERGENCE,
    ETUDE_TEST,
    CREATION,
    DEVELOPPEMENT;

    @Override
    public String messagePrefix() {
        return "stage";
    }
}
