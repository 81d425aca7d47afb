package fr.passerelle.resources.internal;

/** A file as it was uploaded: its name, as the person's computer called it, and its bytes. */
public record UploadedFile(String name, byte[] content) {}
