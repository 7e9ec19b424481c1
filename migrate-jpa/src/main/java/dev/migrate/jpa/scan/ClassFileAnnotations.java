package dev.migrate.jpa.scan;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the class-level annotations of one class file without loading the class, so that scanning a
 * project's classes neither runs their static initialisers nor needs their dependencies. Only
 * classes whose constant pool mentions a persistence annotation package are read in full.
 */
public final class ClassFileAnnotations {

  /** A class file's name (binary, dotted) and its class-level annotation types (dotted). */
  public record ClassFile(String name, List<String> annotations) {
    public ClassFile {
      annotations = List.copyOf(annotations);
    }
  }

  private static final int MAGIC = 0xCAFEBABE;
  private static final String RUNTIME_VISIBLE = "RuntimeVisibleAnnotations";

  private final byte[] bytes;
  private String[] utf8;
  private int[] classNameIndex;

  private ClassFileAnnotations(byte[] bytes) {
    this.bytes = bytes;
  }

  /**
   * The class and its annotations, or empty when the class mentions no {@code jakarta.persistence}
   * or {@code javax.persistence} type at all (the common case, decided from the constant pool).
   *
   * @throws IOException when the bytes are not a class file
   */
  public static Optional<ClassFile> read(byte[] classFile) throws IOException {
    return new ClassFileAnnotations(classFile).parse();
  }

  /** The names (slashed, as in the constant pool) of every class this class file refers to. */
  public static List<String> referencedClasses(byte[] classFile) throws IOException {
    ClassFileAnnotations reader = new ClassFileAnnotations(classFile);
    DataInputStream in = reader.open();
    reader.readConstantPool(in);
    List<String> names = new ArrayList<>();
    for (int index : reader.classNameIndex) {
      if (index > 0) {
        names.add(reader.utf8[index]);
      }
    }
    return names;
  }

  private DataInputStream open() throws IOException {
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
    if (in.readInt() != MAGIC) {
      throw new IOException("not a class file");
    }
    in.readUnsignedShort();
    in.readUnsignedShort();
    return in;
  }

  private Optional<ClassFile> parse() throws IOException {
    DataInputStream in = open();
    if (!readConstantPool(in)) {
      return Optional.empty();
    }
    in.readUnsignedShort(); // access flags
    String name = utf8[classNameIndex[in.readUnsignedShort()]].replace('/', '.');
    in.readUnsignedShort(); // super class
    skip(in, 2 * in.readUnsignedShort()); // interfaces
    skipMembers(in); // fields
    skipMembers(in); // methods
    List<String> annotations = new ArrayList<>();
    int attributes = in.readUnsignedShort();
    for (int i = 0; i < attributes; i++) {
      String attribute = utf8[in.readUnsignedShort()];
      int length = in.readInt();
      if (RUNTIME_VISIBLE.equals(attribute)) {
        int count = in.readUnsignedShort();
        for (int a = 0; a < count; a++) {
          annotations.add(readAnnotation(in));
        }
      } else {
        skip(in, length);
      }
    }
    return Optional.of(new ClassFile(name, annotations));
  }

  // Returns whether any UTF-8 constant names a type of a persistence package.
  private boolean readConstantPool(DataInputStream in) throws IOException {
    int count = in.readUnsignedShort();
    utf8 = new String[count];
    classNameIndex = new int[count];
    boolean persistence = false;
    for (int i = 1; i < count; i++) {
      int tag = in.readUnsignedByte();
      switch (tag) {
        case 1 -> {
          String value = in.readUTF();
          utf8[i] = value;
          persistence |=
              value.startsWith("Ljakarta/persistence/") || value.startsWith("Ljavax/persistence/");
        }
        case 7 -> classNameIndex[i] = in.readUnsignedShort();
        case 8, 16, 19, 20 -> in.readUnsignedShort();
        case 15 -> skip(in, 3);
        case 3, 4, 9, 10, 11, 12, 17, 18 -> in.readInt();
        case 5, 6 -> {
          in.readLong();
          i++; // eight-byte constants take two slots
        }
        default -> throw new IOException("unknown constant pool tag " + tag);
      }
    }
    return persistence;
  }

  private void skipMembers(DataInputStream in) throws IOException {
    int members = in.readUnsignedShort();
    for (int m = 0; m < members; m++) {
      skip(in, 6); // access, name, descriptor
      int attributes = in.readUnsignedShort();
      for (int a = 0; a < attributes; a++) {
        in.readUnsignedShort();
        skip(in, in.readInt());
      }
    }
  }

  private String readAnnotation(DataInputStream in) throws IOException {
    String descriptor = utf8[in.readUnsignedShort()];
    int pairs = in.readUnsignedShort();
    for (int p = 0; p < pairs; p++) {
      in.readUnsignedShort();
      skipElementValue(in);
    }
    return descriptor.substring(1, descriptor.length() - 1).replace('/', '.');
  }

  private void skipElementValue(DataInputStream in) throws IOException {
    int tag = in.readUnsignedByte();
    switch (tag) {
      case 'e' -> skip(in, 4);
      case '@' -> readAnnotation(in);
      case '[' -> {
        int values = in.readUnsignedShort();
        for (int v = 0; v < values; v++) {
          skipElementValue(in);
        }
      }
      default -> in.readUnsignedShort(); // constants and class literals
    }
  }

  private static void skip(DataInputStream in, int count) throws IOException {
    if (in.skipBytes(count) != count) {
      throw new IOException("truncated class file");
    }
  }
}
