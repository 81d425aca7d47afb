package fr.passerelle.programmes.web;

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

import fr.passerelle.directory.Directory;
import fr.passerelle.events.Events;
import fr.passerelle.groups.Groups;
import fr.passerelle.programmes.internal.Programme;
import fr.passerelle.programmes.internal.ProgrammeReports;
import fr.passerelle.programmes.internal.Programmes;
import fr.passerelle.programmes.internal.ReportDocuments;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The programme form alone: what the person typed is bound to the form, checked field by field, and comes back with
 * its French messages beside the fields; nothing is recorded.
 */
@WebMvcTest(ProgrammeController.class)
@Import(ProgrammePageModels.class)
@AutoConfigureMockMvc(addFilters = false)
class ProgrammeControllerSliceTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Programmes programmes;

    @MockitoBean
    ProgrammeReports reports;

    @MockitoBean
    ReportDocuments files;

    @MockitoBean
    Directory directory;

    @MockitoBean
    Events events;

    @MockitoBean
    Groups groups;

    @MockitoBean
    fr.passerelle.programmes.internal.ActionPartners partners;

    @MockitoBean
    fr.passerelle.programmes.internal.Budgets budgets;

    @Test
    void wrongYearsAShortNameAndAnUnknownLeadComeBackAsFieldErrorsAndNothingIsRecorded() throws Exception {
        mvc.perform(post("/programmes/nouvelle")
                        .param("name", "Ab")
                        .param("firstYear", "20x6")
                        .param("lastYear", "1999")
                        .param("lead", "Personne")
                        .param("objectives", "Accueillir\nOrienter"))
                .andExpect(status().isOk())
                .andExpect(view().name("programmes/new"))
                .andExpect(model().attributeHasFieldErrorCode("programmeForm", "name", "Size"))
                .andExpect(model().attributeHasFieldErrorCode("programmeForm", "firstYear", "typeMismatch"))
                .andExpect(model().attributeHasFieldErrorCode("programmeForm", "lastYear", "Min"))
                .andExpect(model().attributeHasFieldErrorCode("programmeForm", "lead", "programme.lead.unknown"))
                .andExpect(content()
                        .string(allOf(
                                containsString("Le nom compte de 3 à 200 caractères."),
                                containsString("Écrivez l’année sur quatre chiffres, par exemple 2027."),
                                containsString("Aucune structure de l’annuaire ne porte ce nom exact."),
                                containsString("value=\"20x6\""),
                                containsString("Accueillir\nOrienter"))));
        verify(programmes, never()).create(any(), any());
    }

    @Test
    void anEditWithAMissingNameIsNotSaved() throws Exception {
        UUID id = UUID.randomUUID();
        given(programmes.programme(any(), any()))
                .willReturn(new Programme(
                        id, "Démarche", 2026, 2027, null, null, null, null, List.of(), List.of(), null, null));
        given(budgets.budget(any(), any()))
                .willReturn(new fr.passerelle.programmes.internal.ProgrammeBudget(
                        id, "Démarche", "2026–2027", List.of(), List.of()));
        mvc.perform(post("/programmes/" + id + "/modifier")
                        .param("firstYear", "2026")
                        .param("lastYear", "2027"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("programmeForm", "name", "NotNull"))
                .andExpect(content().string(containsString("Le nom compte de 3 à 200 caractères.")));
        verify(programmes, never()).update(any(), any(), any());
    }
}
