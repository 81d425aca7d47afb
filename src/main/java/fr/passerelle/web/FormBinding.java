package fr.passerelle.web;

import java.beans.PropertyEditorSupport;
import java.lang.reflect.RecordComponent;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.core.ResolvableType;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Forms bind to records through their constructor, and one value that does not convert leaves no record at all:
 * the page could not show the form again. A choice (an enum, or a list of them) that is not one of the options, as
 * only a tampered request sends, is therefore read as no choice, and the form's own rule ("choose a type") speaks.
 */
@ControllerAdvice
class FormBinding {

    @InitBinder
    void unknownChoicesAreNoChoice(WebDataBinder binder) {
        ResolvableType target = binder.getTargetType();
        Class<?> type = target == null ? null : target.resolve();
        if (type == null || !type.isRecord()) {
            return;
        }
        for (RecordComponent component : type.getRecordComponents()) {
            Class<?> choice = component.getType() == List.class
                    ? ResolvableType.forType(component.getGenericType()).resolveGeneric(0)
                    : component.getType();
            if (choice != null && choice.isEnum()) {
                binder.registerCustomEditor(choice, new ChoiceEditor(choice));
            }
        }
    }

    @RequiredArgsConstructor
    private static final class ChoiceEditor extends PropertyEditorSupport {

        private final Class<?> type;

        @Override
        public void setAsText(String text) {
            setValue(null);
            if (text == null || text.isBlank()) {
                return;
            }
            for (Object constant : type.getEnumConstants()) {
                if (((Enum<?>) constant).name().equalsIgnoreCase(text.strip())) {
                    setValue(constant);
                    return;
                }
            }
        }
    }
}
