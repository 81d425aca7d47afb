package fr.passerelle.events.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import fr.passerelle.events.Events;
import fr.passerelle.territory.Territories;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The event form's controller alone: what does not read or breaks a field's rule comes back beside its field. */
@WebMvcTest(EventFormController.class)
@AutoConfigureMockMvc(addFilters = false)
class EventFormControllerSliceTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Events events;

    @MockitoBean
    Territories territories;

    @BeforeEach
    void anyoneMayPublish() {
        given(events.publishes(any())).willReturn(true);
    }

    @Test
    void brokenFieldRulesComeBackAsFieldErrorsAndNothingIsPublished() throws Exception {
        mvc.perform(post("/agenda/nouvel-evenement")
                        .param("title", "")
                        .param("capacity", "douze")
                        .param("slots[0].date", "2027-03-14")
                        .param("slots[0].start", "9h30")
                        .param("slots[1].end", "12:00"))
                .andExpect(status().isOk())
                .andExpect(view().name("events/form"))
                .andExpect(model().attributeHasFieldErrorCode("eventForm", "title", "Size"))
                .andExpect(model().attributeHasFieldErrorCode("eventForm", "capacity", "Pattern"))
                .andExpect(model().attributeHasFieldErrorCode("eventForm", "slots[0].date", "event.slot.invalid"))
                .andExpect(model().attributeHasFieldErrorCode("eventForm", "slots[1].date", "event.slot.invalid"))
                .andExpect(content()
                        .string(allOf(
                                containsString("Le titre compte de 5 à 200 caractères."),
                                containsString("value=\"douze\""),
                                containsString("value=\"09:30\""),
                                containsString("value=\"12:00\""))));
        verify(events, never()).publish(any(), any());
    }

    @Test
    void anImpossibleDateIsSaidBesideItsFieldAndKeptAsTyped() throws Exception {
        mvc.perform(post("/agenda/nouvel-evenement")
                        .param("title", "Atelier reprise de commerces")
                        .param("registrationOpens", "31/02/2027")
                        .param("slots[0].date", "2027-03-14")
                        .param("slots[0].start", "09:00")
                        .param("slots[0].end", "12:00"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("eventForm", "registrationOpens", "typeMismatch"))
                .andExpect(content()
                        .string(allOf(
                                containsString("Date illisible"),
                                containsString("value=\"31/02/2027\""),
                                containsString("value=\"Atelier reprise de commerces\""),
                                containsString("value=\"2027-03-14\""))));
        verify(events, never()).publish(any(), any());
    }
}
