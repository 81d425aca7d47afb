package fr.passerelle.groups.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.passerelle.common.PublicLimits;
import fr.passerelle.groups.GroupProductions;
import fr.passerelle.groups.Groups;
import fr.passerelle.groups.WorkingGroup;
import fr.passerelle.groups.internal.Meeting;
import fr.passerelle.web.Dates;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The join form alone: wrong input comes back as field errors in French beside the group's page, with what was
 * typed, and no request to join reaches the groups.
 */
@WebMvcTest(GroupController.class)
@Import(Dates.class)
@AutoConfigureMockMvc(addFilters = false)
class GroupControllerSliceTests {

    private static final WorkingGroup GROUP = new WorkingGroup(
            UUID.randomUUID(),
            "tiers-lieux",
            "Tiers-lieux ruraux",
            "Les tiers-lieux",
            null,
            null,
            null,
            true,
            fr.passerelle.accounts.Network.DEFAULT);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    fr.passerelle.groups.GroupReaders groupReaders;

    @MockitoBean
    Groups groups;

    @MockitoBean
    GroupProductions productions;

    @MockitoBean
    PublicLimits limits;

    /** The groups' pages show their contacts through this bean (the contacts module's). */
    @MockitoBean(name = "contactsShown")
    fr.passerelle.contacts.web.ContactsShown contactsShown;

    @BeforeEach
    void aGroupWithinTheLimits() {
        PublicLimits.Scope scope = mock(PublicLimits.Scope.class);
        given(scope.allows(any(), any())).willReturn(true);
        given(limits.scope(anyString())).willReturn(scope);
        given(groups.bySlug("tiers-lieux")).willReturn(GROUP);
    }

    @Test
    void wrongInputIsSaidBesideItsFieldsAndNothingIsAsked() throws Exception {
        mvc.perform(post("/groupes/tiers-lieux/rejoindre")
                        .param("name", "L")
                        .param("email", "pas-une-adresse")
                        .param("organisation", "Commune de Die"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("joinForm", "name", "Size"))
                .andExpect(model().attributeHasFieldErrorCode("joinForm", "email", "Pattern"))
                .andExpect(model().attributeHasFieldErrorCode("joinForm", "consent", "NotNull"))
                .andExpect(content()
                        .string(allOf(
                                containsString("Indiquez votre nom (2 à 150 caractères)."),
                                containsString("Adresse e-mail invalide, par exemple prenom.nom@exemple.fr."),
                                containsString("Cochez la case pour accepter l’usage de vos informations"),
                                containsString("id=\"email-error\""),
                                containsString("value=\"pas-une-adresse\""),
                                containsString("value=\"Commune de Die\""))));
        verify(groups, never()).requestToJoin(any(), any());
    }

    @Test
    void tooLongMinutesAreSaidBesideThemAndNothingIsWritten() throws Exception {
        UUID meeting = UUID.randomUUID();
        given(groups.coordinates(any(), any())).willReturn(true);
        given(groups.meetings(any(), anyInt(), anyBoolean()))
                .willReturn(List.of(new Meeting(meeting, "Réunion", OffsetDateTime.now(), null, null, null, null)));
        mvc.perform(post("/groupes/tiers-lieux/reunions/" + meeting + "/compte-rendu")
                        .param("minutes", "x".repeat(20001))
                        .param("decisions", "Une fiche."))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("minutesForm", "minutes", "Size"))
                .andExpect(content()
                        .string(allOf(
                                containsString("Le compte rendu ou les décisions sont trop longs."),
                                containsString("id=\"minutes-error\""),
                                containsString("Une fiche."))));
        verify(groups, never()).writeMinutes(any(), any(), any(), any());
    }
}
