package fr.passerelle.resources.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.passerelle.directory.Directory;
import fr.passerelle.groups.Groups;
import fr.passerelle.resources.internal.ResourceEvents;
import fr.passerelle.resources.internal.Resources;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The resource form alone: what it reads, and that wrong input comes back as field errors in French, with what was
 * typed, before the library is asked to publish anything.
 */
@WebMvcTest(ResourceEditController.class)
@Import(ResourceRelations.class)
@AutoConfigureMockMvc(addFilters = false)
class ResourceEditControllerSliceTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Resources resources;

    @MockitoBean
    Directory directory;

    @MockitoBean
    Groups groups;

    @MockitoBean
    ResourceEvents events;

    @BeforeEach
    void aCoordinator() {
        given(resources.publishes(any())).willReturn(true);
        given(resources.keeps(any(), any())).willReturn(true);
    }

    @Test
    void fieldRulesAreSaidBesideTheirFieldsWithoutPublishing() throws Exception {
        mvc.perform(multipart("/ressources/nouvelle")
                        .param("title", "Gu")
                        .param("kind", "guide")
                        .param("keywords", "accueil, actifs")
                        .param("link", "ftp://ailleurs"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("resourceForm", "title", "Size"))
                .andExpect(model().attributeHasFieldErrorCode("resourceForm", "publishedOn", "NotNull"))
                .andExpect(model().attributeHasFieldErrorCode("resourceForm", "link", "Pattern"))
                .andExpect(content()
                        .string(allOf(
                                containsString("Le titre compte de 3 à 200 caractères."),
                                containsString("Donnez la date de la ressource."),
                                containsString("Le lien commence par http:// ou https://."),
                                containsString("value=\"accueil, actifs\""),
                                containsString("<option value=\"guide\" selected=\"selected\">"))));
        verify(resources, never()).publish(any(), any(), any());
    }

    @Test
    void unreadableValuesAreSaidAndKeptAsTypedWithoutPublishing() throws Exception {
        mvc.perform(multipart("/ressources/nouvelle")
                        .param("title", "Guide de l’accueil")
                        .param("publishedOn", "31/02/2026")
                        .param("eventIds", "pas-un-evenement"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("resourceForm", "publishedOn", "typeMismatch"))
                .andExpect(model().attributeHasFieldErrorCode("resourceForm", "eventIds", "typeMismatch"))
                .andExpect(content()
                        .string(allOf(
                                containsString("Date illisible\u00a0: écrivez-la par exemple 15/06/2027."),
                                containsString("Cet événement n’est pas dans l’agenda."),
                                containsString("value=\"31/02/2026\""),
                                containsString("value=\"Guide de l&rsquo;accueil\""))));
        verify(resources, never()).publish(any(), any(), any());
    }
}
