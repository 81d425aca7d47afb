package fr.passerelle.intake;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A partner site sends intakes: 201 with the reference, 400 listing every wrong field in French (which spends none of
 * the limit), 429 with Retry-After past the limit.
 */
@SpringBootTest(properties = {"passerelle.demo-data=true", "passerelle.intake.api-per-hour=3"})
@AutoConfigureMockMvc
class IntakeApiTests {

    @Autowired
    MockMvc mvc;

    private ResultActions send(String json, String address) throws Exception {
        return mvc.perform(post("/api/v1/intakes")
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                })
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    private static String address() {
        return "10.9." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);
    }

    private static String intake(String name, String email, String stage, String needs, String commune) {
        return """
                {"holderKind": "collective", "name": "%s", "email": "%s", "projectTitle": "Un café associatif",
                 "projectKind": "initiative_citoyenne", "stage": "%s", "needs": [%s], "targetScope": "epci",
                 "targetCommunes": ["%s"], "shareWithStructures": true}
                """
                .formatted(name, email, stage, needs, commune);
    }

    @Test
    void aGoodIntakeIsRecordedAndRoutedToItsDesk() throws Exception {
        String email = "cafe-" + UUID.randomUUID().toString().substring(0, 6) + "@exemple.fr";
        send(intake("Café de Die", email, "idee", "\"accompagnement\", \"lieu\"", "26113"), address())
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.reference").value(startsWith("ACC-")))
                .andExpect(jsonPath("$.welcomeDesk").value("Communauté de communes du Diois"));
    }

    @Test
    void everyWrongFieldIsListedInFrench() throws Exception {
        send(intake("", "pas-une-adresse", "debut", "\"voler\"", "26113"), address())
                .andExpect(status().isBadRequest())
                .andExpect(
                        jsonPath("$.detail").value("La demande n’a pas été enregistrée\u00a0: 4 champ(s) à corriger."))
                .andExpect(jsonPath("$.errors[?(@.field == 'stage')].message")
                        .value(hasItem(startsWith(
                                "«\u00a0debut\u00a0» n’est pas une valeur possible. Valeurs possibles\u00a0: idee,"))))
                .andExpect(jsonPath("$.errors[?(@.field == 'needs')].message")
                        .value(hasItem(startsWith("«\u00a0voler\u00a0»"))))
                .andExpect(jsonPath("$.errors[?(@.field == 'name')].message")
                        .value(hasItem("Indiquez votre nom, ou celui du collectif.")))
                .andExpect(jsonPath("$.errors[?(@.field == 'email')].message")
                        .value(hasItem(startsWith("Cette adresse e-mail"))));
        send(intake("Café", "cafe@exemple.fr", "idee", "\"lieu\"", "99999"), address())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("targetCommunes"))
                .andExpect(jsonPath("$.errors[0].message").value("Aucune commune actuelle n’a ce code."));
        send("{ pas du json", address()).andExpect(status().isBadRequest());
    }

    @Test
    void oneAddressSendsALimitedNumberPerHour() throws Exception {
        String address = address();
        for (int i = 0; i < 3; i++) {
            send(
                            intake(
                                    "Café " + i,
                                    "limite" + i + "-" + address + "@exemple.fr",
                                    "idee",
                                    "\"lieu\"",
                                    "26113"),
                            address)
                    .andExpect(status().isCreated());
        }
        send(intake("Café 3", "limite3-" + address + "@exemple.fr", "idee", "\"lieu\"", "26113"), address)
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", matchesPattern("[1-9][0-9]{0,3}")))
                .andExpect(jsonPath("$.detail").value(startsWith("Trop de demandes")));
        send(intake("", "x4", "idee", "", "26113"), address()).andExpect(status().isBadRequest());
    }

    @Test
    void refusedIntakesDoNotSpendTheLimit() throws Exception {
        String address = address();
        for (int i = 0; i < 5; i++) {
            send(intake("", "x" + i, "idee", "", "26113"), address).andExpect(status().isBadRequest());
        }
        // Refused by the platform after its checks (no current commune has that code): taken back too.
        send(intake("Café", "refus-" + address + "@exemple.fr", "idee", "\"lieu\"", "99999"), address)
                .andExpect(status().isBadRequest());
        for (int i = 0; i < 3; i++) {
            send(intake("Café " + i, "refus" + i + "-" + address + "@exemple.fr", "idee", "\"lieu\"", "26113"), address)
                    .andExpect(status().isCreated());
        }
        send(intake("Café 4", "refus4-" + address + "@exemple.fr", "idee", "\"lieu\"", "26113"), address)
                .andExpect(status().isTooManyRequests());
    }

    @Test
    void concurrentIntakesFromOneAddressGetNoMoreThanTheLimit() throws Exception {
        String address = address();
        java.util.List<Integer> statuses = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        for (int i = 0; i < 12; i++) {
            int n = i;
            pool.submit(() -> statuses.add(
                    send(intake("Rafale " + n, "rafale" + n + "@exemple.fr", "idee", "\"lieu\"", "26113"), address)
                            .andReturn()
                            .getResponse()
                            .getStatus()));
        }
        pool.shutdown();
        org.assertj.core.api.Assertions.assertThat(pool.awaitTermination(60, java.util.concurrent.TimeUnit.SECONDS))
                .isTrue();
        org.assertj.core.api.Assertions.assertThat(statuses).hasSize(12);
        org.assertj.core.api.Assertions.assertThat(statuses.stream().filter(s -> s == 201))
                .hasSize(3);
        org.assertj.core.api.Assertions.assertThat(statuses.stream().filter(s -> s == 429))
                .hasSize(9);
    }
}
