package fr.passerelle.programmes.web;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The documented answers every report of the API shares (springdoc reads them through this composed annotation). */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ApiResponse(responseCode = "200", description = "Le bilan")
@ApiResponse(responseCode = "400", description = "Un identifiant qui n’est pas un UUID")
@ApiResponse(responseCode = "403", description = "Le jeton n’est pas celui d’une personne de la coordination")
@interface ReportAnswers {}
