package fr.passerelle.intake.web;

import fr.passerelle.intake.internal.IntakeFile;
import java.util.function.UnaryOperator;
import org.springframework.ui.Model;

/** The places a welcome request's file names, as its pages show them: where the holder lives, where they aim. */
final class FilePlaces {

    private FilePlaces() {}

    /** The holder's commune (none when not said) and the project's communes, each named by the label given. */
    static void add(Model model, IntakeFile file, UnaryOperator<String> label) {
        String current = file.holder().currentCommune();
        model.addAttribute("currentCommune", current == null ? null : label.apply(current));
        model.addAttribute(
                "targets", file.project().targetCommunes().stream().map(label).toList());
    }
}
