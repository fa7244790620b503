package mx.ine.cspen.seguimiento.commitment;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores the type by its stable code ("acuerdo"), the same word as in JSON. */
@Converter
class DocumentTypeConverter implements AttributeConverter<DocumentType, String> {

  @Override
  public String convertToDatabaseColumn(DocumentType type) {
    return type == null ? null : type.code();
  }

  @Override
  public DocumentType convertToEntityAttribute(String code) {
    return code == null ? null : DocumentType.fromCode(code);
  }
}
