"""The staff workspace: a web page where EFUS reads, triages and exports submissions."""
