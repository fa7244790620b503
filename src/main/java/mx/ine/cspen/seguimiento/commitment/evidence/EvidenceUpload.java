package mx.ine.cspen.seguimiento.commitment.evidence;

import java.io.IOException;
import java.io.InputStream;

/** A file as it arrives (a multipart part), before any check. */
public interface EvidenceUpload {

  /** The name the person's computer gave it; may be null or carry a path. */
  String originalName();

  /** The size the upload declared; -1 when unknown. */
  long declaredSize();

  InputStream open() throws IOException;

  static EvidenceUpload of(org.springframework.web.multipart.MultipartFile file) {
    return new EvidenceUpload() {
      @Override
      public String originalName() {
        return file.getOriginalFilename();
      }

      @Override
      public long declaredSize() {
        return file.getSize();
      }

      @Override
      public InputStream open() throws IOException {
        return file.getInputStream();
      }
    };
  }
}
