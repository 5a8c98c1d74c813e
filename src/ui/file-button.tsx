import './file-button.css';

type FileButtonProps = {
  label: string;
  accept: string;
  multiple?: boolean;
  onFiles: (files: FileList) => void;
};

/** A button-looking label around a hidden file input: keyboard, touch and screen readers all work. */
export function FileButton({ label, accept, multiple = false, onFiles }: FileButtonProps) {
  return (
    <label className="button file-button">
      {label}
      <input
        type="file"
        accept={accept}
        multiple={multiple}
        className="visually-hidden"
        onChange={(event) => {
          if (event.target.files?.length) onFiles(event.target.files);
          // Cleared, so choosing the same file again still fires.
          event.target.value = '';
        }}
      />
    </label>
  );
}
