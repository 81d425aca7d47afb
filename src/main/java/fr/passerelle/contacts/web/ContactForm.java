package fr.passerelle.contacts.web;

import fr.passerelle.contacts.ContactDraft;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A contact as the form takes it; the phone is read (and refused when it is no French number) by the module. */
record ContactForm(
        @NotBlank(message = "{contacts.subject.required}") String subject,
        @NotBlank(message = "{contacts.name.required}") @Size(min = 2, max = 120, message = "{contacts.name.required}")
                String name,
        @Size(max = 160, message = "{contacts.function.length}") String function,
        @NotBlank(message = "{contacts.email.required}")
                @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "{contacts.email.invalid}")
                String email,
        String phone) {

    static ContactForm empty() {
        return new ContactForm("", "", "", "", "");
    }

    ContactDraft draft() {
        return new ContactDraft(subject, name, function, email, phone);
    }
}
